package cn.sz.dataexchange.settlement.ledger;

import cn.sz.dataexchange.settlement.money.Money;
import java.time.Instant;

/** One journal entry as a line of a settlement statement. */
public record StatementLine(EntryId entry, EntryType type, Instant recordedAt, String reference, Money amount) {

    static StatementLine of(JournalEntry entry) {
        return new StatementLine(entry.id(), entry.type(), entry.recordedAt(), entry.reference(), entry.total());
    }
}
