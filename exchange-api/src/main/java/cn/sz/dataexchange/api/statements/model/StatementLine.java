package cn.sz.dataexchange.api.statements.model;

import cn.sz.dataexchange.settlement.ledger.AccountType;
import cn.sz.dataexchange.settlement.ledger.EntryType;
import cn.sz.dataexchange.settlement.ledger.Side;
import java.time.Instant;
import java.util.UUID;

/** One journal line (a posting of an entry), as a statement shows it. Ordered by (recordedAt, entryId, lineNo). */
public record StatementLine(Instant recordedAt, UUID entryId, int lineNo, EntryType entryType, String tradeId,
                            String reference, AccountType accountType, String accountOwner, Side side, long amountFen) {
}
