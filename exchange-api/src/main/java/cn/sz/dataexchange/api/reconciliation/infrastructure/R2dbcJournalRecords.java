package cn.sz.dataexchange.api.reconciliation.infrastructure;

import cn.sz.dataexchange.api.reconciliation.application.JournalRecords;
import cn.sz.dataexchange.api.reconciliation.model.MoneyRecord;
import cn.sz.dataexchange.api.reconciliation.model.OperationKind;
import cn.sz.dataexchange.settlement.ledger.EntryType;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The journal's money operations (entry types 1-4) with their amount (the entry's debits), a release's
 * fee (its credit to the fee revenue account) and, for an escrow, its state now (closed by a release
 * or a refund of the same trade, or still held).
 */
@Repository
class R2dbcJournalRecords implements JournalRecords {

    private static final String SELECT = """
            SELECT e.id, e.entry_type, e.trade_id, e.reference, e.recorded_at,
              COALESCE(SUM(p.amount_fen) FILTER (WHERE p.side = 1), 0)::bigint AS amount,
              COALESCE(SUM(p.amount_fen) FILTER (WHERE p.account_type = 6), 0)::bigint AS fee,
              (SELECT max(x.entry_type) FROM journal_entries x
               WHERE x.trade_id = e.trade_id AND x.entry_type IN (2, 3)) AS closed_by
            FROM journal_entries e JOIN journal_postings p ON p.entry_id = e.id
            """;

    private final DatabaseClient db;

    R2dbcJournalRecords(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<MoneyRecord> recordedBetween(Instant start, Instant end) {
        return db.sql(SELECT + """
                        WHERE e.entry_type IN (1, 2, 3, 4) AND e.recorded_at >= :start AND e.recorded_at < :end
                        GROUP BY e.id ORDER BY e.recorded_at, e.id""")
                .bind("start", start).bind("end", end)
                .map(R2dbcJournalRecords::record).all();
    }

    @Override
    public Mono<MoneyRecord> withReference(OperationKind kind, String reference) {
        return db.sql(SELECT + "WHERE e.entry_type = :type AND e.reference = :reference GROUP BY e.id")
                .bind("type", (short) kind.entryType().code()).bind("reference", reference)
                .map(R2dbcJournalRecords::record).first();
    }

    private static MoneyRecord record(Readable row) {
        OperationKind kind = OperationKind.of(EntryType.fromCode(row.get("entry_type", Short.class))).orElseThrow();
        Short closedBy = row.get("closed_by", Short.class);
        String state = switch (kind) {
            case ESCROW -> closedBy == null ? "HELD" : closedBy == EntryType.ESCROW_RELEASED.code() ? "RELEASED" : "REFUNDED";
            case RELEASE -> "RELEASED";
            case REFUND -> "REFUNDED";
            case PAYOUT -> "PAID";
        };
        return new MoneyRecord(kind, row.get("reference", String.class), row.get("id", UUID.class).toString(),
                row.get("trade_id", String.class), row.get("amount", Long.class), row.get("fee", Long.class), state,
                row.get("recorded_at", Instant.class));
    }
}
