package cn.sz.dataexchange.api.payment.infrastructure;

import cn.sz.dataexchange.api.payment.application.Journal;
import cn.sz.dataexchange.settlement.ledger.AccountId;
import cn.sz.dataexchange.settlement.ledger.AccountType;
import cn.sz.dataexchange.settlement.ledger.EntryId;
import cn.sz.dataexchange.settlement.ledger.EntryType;
import cn.sz.dataexchange.settlement.ledger.JournalEntry;
import cn.sz.dataexchange.settlement.ledger.Ledger;
import cn.sz.dataexchange.settlement.ledger.Posting;
import cn.sz.dataexchange.settlement.ledger.PostingOutcome;
import cn.sz.dataexchange.settlement.ledger.Side;
import cn.sz.dataexchange.settlement.ledger.TradeId;
import cn.sz.dataexchange.settlement.money.Currency;
import cn.sz.dataexchange.settlement.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcJournal implements Journal {

    private final DatabaseClient db;

    R2dbcJournal(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<PostingOutcome> record(JournalEntry entry, String tradeId) {
        return ofTrade(tradeId).collectList().flatMap(recorded -> {
            List<JournalEntry> history = new ArrayList<>(recorded);
            if (entry.tradeId().isEmpty()) {
                history.removeIf(e -> e.id().equals(entry.id()));
                return existing(entry.id()).map(e -> { history.add(e); return history; }).defaultIfEmpty(history)
                        .flatMap(h -> offer(Ledger.replay(h), entry));
            }
            return offer(Ledger.replay(history), entry);
        });
    }

    private Mono<PostingOutcome> offer(Ledger ledger, JournalEntry entry) {
        PostingOutcome outcome = ledger.record(entry);
        return outcome instanceof PostingOutcome.Posted ? insert(entry).thenReturn(outcome) : Mono.just(outcome);
    }

    private Mono<JournalEntry> existing(EntryId id) {
        return load("e.id = :key", id.value()).next();
    }

    @Override
    public Flux<JournalEntry> ofTrade(String tradeId) {
        return load("e.trade_id = :key", tradeId);
    }

    @Override
    public Mono<Long> salesReleasedTo(String seller, Instant from, Instant to) {
        return db.sql("""
                        SELECT coalesce(sum(gross.amount_fen), 0)::bigint AS total
                        FROM journal_entries e
                        JOIN journal_postings payable ON payable.entry_id = e.id AND payable.account_type = :payable
                             AND payable.side = :credit AND payable.account_owner = :seller
                        JOIN journal_postings gross ON gross.entry_id = e.id AND gross.account_type = :escrow
                             AND gross.side = :debit
                        WHERE e.entry_type = :released AND e.recorded_at >= :from AND e.recorded_at < :to""")
                .bind("payable", (short) AccountType.SELLER_PAYABLE.code()).bind("credit", (short) Side.CREDIT.code())
                .bind("seller", seller).bind("escrow", (short) AccountType.TRADE_ESCROW.code())
                .bind("debit", (short) Side.DEBIT.code()).bind("released", (short) EntryType.ESCROW_RELEASED.code())
                .bind("from", from).bind("to", to)
                .map(row -> row.get("total", Long.class)).one();
    }

    private Flux<JournalEntry> load(String where, Object key) {
        return db.sql("""
                        SELECT e.id, e.entry_type, e.trade_id, e.reference, e.recorded_at, p.line_no, p.account_type,
                               p.account_owner, p.side, p.amount_fen, p.currency
                        FROM journal_entries e JOIN journal_postings p ON p.entry_id = e.id
                        WHERE %s ORDER BY e.recorded_at, e.id, p.line_no""".formatted(where))
                .bind("key", key)
                .map(row -> new Row(row.get("id", UUID.class), row.get("entry_type", Short.class),
                        row.get("trade_id", String.class), row.get("reference", String.class),
                        row.get("recorded_at", Instant.class), new Posting(row.get("line_no", Short.class),
                        new AccountId(AccountType.fromCode(row.get("account_type", Short.class)),
                                row.get("account_owner", String.class)),
                        Side.fromCode(row.get("side", Short.class)),
                        new Money(row.get("amount_fen", Long.class), Currency.fromCode(row.get("currency", String.class))))))
                .all()
                .collectList()
                .flatMapMany(rows -> Flux.fromIterable(entries(rows)));
    }

    private static List<JournalEntry> entries(List<Row> rows) {
        Map<UUID, List<Row>> byEntry = new LinkedHashMap<>();
        rows.forEach(r -> byEntry.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        return byEntry.values().stream().map(lines -> {
            Row first = lines.get(0);
            return new JournalEntry(new EntryId(first.id()), EntryType.fromCode(first.type()),
                    first.trade() == null ? null : TradeId.of(first.trade()), first.reference(), first.at(),
                    lines.stream().map(Row::posting).toList());
        }).toList();
    }

    /** The entry and all its postings in one statement (the postings as arrays, one element a line). */
    private Mono<Void> insert(JournalEntry entry) {
        List<Posting> postings = entry.postings();
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        WITH entry AS (
                            INSERT INTO journal_entries (id, entry_type, trade_id, reference, recorded_at)
                            VALUES (:id, :type, :trade, :reference, :at) ON CONFLICT (id) DO NOTHING)
                        INSERT INTO journal_postings (entry_id, line_no, account_type, account_owner, side, amount_fen,
                                                      currency)
                        SELECT :id, p.line, p.type, p.owner, p.side, p.amount, p.currency
                        FROM unnest(:lines::smallint[], :types::smallint[], :owners::text[], :sides::smallint[],
                                    :amounts::bigint[], :currencies::text[]) AS p(line, type, owner, side, amount, currency)
                        ON CONFLICT DO NOTHING""")
                .bind("id", entry.id().value()).bind("type", (short) entry.type().code())
                .bind("reference", entry.reference()).bind("at", entry.recordedAt())
                .bind("lines", postings.stream().map(p -> (short) p.line()).toArray(Short[]::new))
                .bind("types", postings.stream().map(p -> (short) p.account().type().code()).toArray(Short[]::new))
                .bind("owners", postings.stream().map(p -> p.account().owner()).toArray(String[]::new))
                .bind("sides", postings.stream().map(p -> (short) p.side().code()).toArray(Short[]::new))
                .bind("amounts", postings.stream().map(p -> p.amount().minorUnits()).toArray(Long[]::new))
                .bind("currencies", postings.stream().map(p -> p.amount().currency().code()).toArray(String[]::new));
        insert = entry.tradeId().isPresent() ? insert.bind("trade", entry.tradeId().get().value())
                : insert.bindNull("trade", String.class);
        return insert.then();
    }

    private record Row(UUID id, int type, String trade, String reference, Instant at, Posting posting) {
    }
}
