package cn.sz.dataexchange.api.statements.infrastructure;

import cn.sz.dataexchange.api.statements.application.StatementReads;
import cn.sz.dataexchange.api.statements.model.AccountBalance;
import cn.sz.dataexchange.api.statements.model.EntryTypeTotal;
import cn.sz.dataexchange.api.statements.model.StatementLine;
import cn.sz.dataexchange.api.statements.model.StatementPeriod;
import cn.sz.dataexchange.api.statements.model.StatementScope;
import cn.sz.dataexchange.api.statements.model.TradeMoney;
import cn.sz.dataexchange.settlement.ledger.AccountType;
import cn.sz.dataexchange.settlement.ledger.EntryType;
import cn.sz.dataexchange.settlement.ledger.Side;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Statements in SQL over {@code journal_entries} and {@code journal_postings} (V21). Sums are cast to
 * bigint, so an overflow is an error, never a wrapped number. Account types are the settlement
 * module's persisted codes.
 */
@Repository
class R2dbcStatementReads implements StatementReads {

    private static final Instant BEGINNING = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant NEVER = Instant.parse("9999-01-01T00:00:00Z");

    private final DatabaseClient db;

    R2dbcStatementReads(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<AccountBalance> balances(StatementScope scope, StatementPeriod period) {
        String owner = scope instanceof StatementScope.Platform ? "'*'" : "p.account_owner";
        return bindScope(db.sql("""
                        SELECT p.account_type, %s AS owner,
                          COALESCE(SUM(p.amount_fen) FILTER (WHERE p.side = 1 AND e.recorded_at < :start), 0)::bigint AS od,
                          COALESCE(SUM(p.amount_fen) FILTER (WHERE p.side = 2 AND e.recorded_at < :start), 0)::bigint AS oc,
                          COALESCE(SUM(p.amount_fen) FILTER (WHERE p.side = 1 AND e.recorded_at >= :start), 0)::bigint AS d,
                          COALESCE(SUM(p.amount_fen) FILTER (WHERE p.side = 2 AND e.recorded_at >= :start), 0)::bigint AS c,
                          COALESCE(SUM(p.amount_fen) FILTER (WHERE p.side = 1), 0)::bigint AS cd,
                          COALESCE(SUM(p.amount_fen) FILTER (WHERE p.side = 2), 0)::bigint AS cc
                        FROM journal_postings p JOIN journal_entries e ON e.id = p.entry_id
                        WHERE %s AND e.recorded_at < :end
                        GROUP BY 1, 2 ORDER BY 1, 2""".formatted(owner, where(scope))), scope)
                .bind("start", period.start()).bind("end", period.end())
                .map(row -> {
                    AccountType type = AccountType.fromCode(row.get("account_type", Short.class));
                    long opening = normal(type, longOf(row, "od"), longOf(row, "oc"));
                    long closing = normal(type, longOf(row, "cd"), longOf(row, "cc"));
                    return new AccountBalance(type, row.get("owner", String.class), opening, longOf(row, "d"),
                            longOf(row, "c"), closing);
                })
                .all();
    }

    @Override
    public Flux<EntryTypeTotal> totalsByEntryType(StatementScope scope, StatementPeriod period) {
        return bindScope(db.sql("""
                        SELECT e.entry_type, p.account_type,
                          COALESCE(SUM(p.amount_fen) FILTER (WHERE p.side = 1), 0)::bigint AS d,
                          COALESCE(SUM(p.amount_fen) FILTER (WHERE p.side = 2), 0)::bigint AS c
                        FROM journal_postings p JOIN journal_entries e ON e.id = p.entry_id
                        WHERE %s AND e.recorded_at >= :start AND e.recorded_at < :end
                        GROUP BY 1, 2 ORDER BY 1, 2""".formatted(where(scope))), scope)
                .bind("start", period.start()).bind("end", period.end())
                .map(row -> new EntryTypeTotal(EntryType.fromCode(row.get("entry_type", Short.class)),
                        AccountType.fromCode(row.get("account_type", Short.class)), longOf(row, "d"), longOf(row, "c")))
                .all();
    }

    @Override
    public Flux<StatementLine> lines(StatementScope scope, StatementPeriod period, Optional<AccountType> account,
                                     long offset, int limit) {
        var spec = bindAccount(bindScope(db.sql("""
                        SELECT e.recorded_at, e.id, p.line_no, e.entry_type, e.trade_id, e.reference, p.account_type,
                               p.account_owner, p.side, p.amount_fen
                        FROM journal_entries e JOIN journal_postings p ON p.entry_id = e.id
                        WHERE %s %s AND e.recorded_at >= :start AND e.recorded_at < :end
                        ORDER BY e.recorded_at, e.id, p.line_no
                        OFFSET :offset %s""".formatted(where(scope), account.isPresent() ? "AND p.account_type = :account" : "",
                        limit == ALL ? "" : "LIMIT :limit")), scope), account)
                .bind("start", period.start()).bind("end", period.end()).bind("offset", offset);
        if (limit != ALL) {
            spec = spec.bind("limit", limit);
        }
        return spec.map(R2dbcStatementReads::line).all();
    }

    @Override
    public Mono<Long> countLines(StatementScope scope, StatementPeriod period, Optional<AccountType> account) {
        return bindAccount(bindScope(db.sql("""
                        SELECT count(*) AS n FROM journal_entries e JOIN journal_postings p ON p.entry_id = e.id
                        WHERE %s %s AND e.recorded_at >= :start AND e.recorded_at < :end"""
                        .formatted(where(scope), account.isPresent() ? "AND p.account_type = :account" : "")), scope), account)
                .bind("start", period.start()).bind("end", period.end())
                .map(row -> row.get("n", Long.class)).one();
    }

    @Override
    public Flux<TradeMoney> trades(UUID org, StatementPeriod period, long offset, int limit) {
        var spec = db.sql(PER_TRADE + """
                        SELECT * FROM per_trade WHERE active OR held <> 0 ORDER BY first_at, id OFFSET :offset %s"""
                        .formatted(limit == ALL ? "" : "LIMIT :limit"))
                .bind("org", org).bind("start", period.start()).bind("end", period.end()).bind("offset", offset);
        if (limit != ALL) {
            spec = spec.bind("limit", limit);
        }
        return spec.map(R2dbcStatementReads::tradeMoney).all();
    }

    @Override
    public Mono<Long> countTrades(UUID org, StatementPeriod period) {
        return db.sql(PER_TRADE + "SELECT count(*) AS n FROM per_trade WHERE active OR held <> 0")
                .bind("org", org).bind("start", period.start()).bind("end", period.end())
                .map(row -> row.get("n", Long.class)).one();
    }

    @Override
    public Mono<TradeMoney> trade(UUID org, UUID trade) {
        return db.sql(PER_TRADE.replace("AND e.recorded_at < :end", "AND e.recorded_at < :end AND t.id = :trade")
                        + "SELECT * FROM per_trade")
                .bind("org", org).bind("trade", trade).bind("start", BEGINNING).bind("end", NEVER)
                .map(R2dbcStatementReads::tradeMoney).one();
    }

    @Override
    public Flux<StatementLine> linesOfTrade(UUID trade) {
        return db.sql("""
                        SELECT e.recorded_at, e.id, p.line_no, e.entry_type, e.trade_id, e.reference, p.account_type,
                               p.account_owner, p.side, p.amount_fen
                        FROM journal_entries e JOIN journal_postings p ON p.entry_id = e.id
                        WHERE e.trade_id = :trade ORDER BY e.recorded_at, e.id, p.line_no""")
                .bind("trade", trade.toString())
                .map(R2dbcStatementReads::line).all();
    }

    @Override
    public Mono<Boolean> organisationExists(UUID org) {
        return db.sql("SELECT 1 FROM organisations WHERE id = :id").bind("id", org)
                .map(row -> true).first().defaultIfEmpty(false);
    }

    /** A trade's money from its journal lines: amounts in the period, the escrow's balance at its end. */
    private static final String PER_TRADE = """
            WITH per_trade AS (
              SELECT t.id, t.seller_org, t.buyer_org,
                CASE WHEN t.seller_org = :org THEN 'SELLER' ELSE 'BUYER' END AS role,
                min(e.recorded_at) AS first_at,
                bool_or(e.recorded_at >= :start) AS active,
                COALESCE(SUM(p.amount_fen) FILTER (WHERE e.recorded_at >= :start AND e.entry_type = 1 AND p.side = 1), 0)::bigint AS paid,
                COALESCE(SUM(p.amount_fen) FILTER (WHERE e.recorded_at >= :start AND e.entry_type = 2 AND p.side = 1), 0)::bigint AS released,
                COALESCE(SUM(p.amount_fen) FILTER (WHERE e.recorded_at >= :start AND e.entry_type = 2 AND p.account_type = 6), 0)::bigint AS fee,
                COALESCE(SUM(p.amount_fen) FILTER (WHERE e.recorded_at >= :start AND e.entry_type = 2 AND p.account_type = 4), 0)::bigint AS net,
                COALESCE(SUM(p.amount_fen) FILTER (WHERE e.recorded_at >= :start AND e.entry_type = 3 AND p.side = 1), 0)::bigint AS refunded,
                COALESCE(SUM(CASE WHEN p.side = 2 THEN p.amount_fen ELSE -p.amount_fen END) FILTER (WHERE p.account_type = 3), 0)::bigint AS held
              FROM trades t JOIN journal_entries e ON e.trade_id = t.id::text JOIN journal_postings p ON p.entry_id = e.id
              WHERE (t.seller_org = :org OR t.buyer_org = :org) AND e.recorded_at < :end
              GROUP BY t.id, t.seller_org, t.buyer_org)
            """;

    private static String where(StatementScope scope) {
        return scope instanceof StatementScope.Organisation
                ? "p.account_owner = :owner AND p.account_type IN (1, 2, 4, 5)" : "TRUE";
    }

    private static DatabaseClient.GenericExecuteSpec bindScope(DatabaseClient.GenericExecuteSpec spec, StatementScope scope) {
        return scope instanceof StatementScope.Organisation org ? spec.bind("owner", org.org().toString()) : spec;
    }

    private static DatabaseClient.GenericExecuteSpec bindAccount(DatabaseClient.GenericExecuteSpec spec,
                                                                 Optional<AccountType> account) {
        return account.map(a -> spec.bind("account", (short) a.code())).orElse(spec);
    }

    private static long normal(AccountType type, long debits, long credits) {
        long net = Math.subtractExact(credits, debits);
        return type.normalSide() == Side.CREDIT ? net : Math.negateExact(net);
    }

    private static long longOf(Readable row, String column) {
        return row.get(column, Long.class);
    }

    private static StatementLine line(Readable row) {
        return new StatementLine(row.get("recorded_at", Instant.class), row.get("id", UUID.class),
                row.get("line_no", Short.class), EntryType.fromCode(row.get("entry_type", Short.class)),
                row.get("trade_id", String.class), row.get("reference", String.class),
                AccountType.fromCode(row.get("account_type", Short.class)), row.get("account_owner", String.class),
                Side.fromCode(row.get("side", Short.class)), row.get("amount_fen", Long.class));
    }

    private static TradeMoney tradeMoney(Readable row) {
        return new TradeMoney(row.get("id", UUID.class), row.get("role", String.class), row.get("seller_org", UUID.class),
                row.get("buyer_org", UUID.class), row.get("first_at", Instant.class), longOf(row, "paid"),
                longOf(row, "released"), longOf(row, "fee"), longOf(row, "net"), longOf(row, "refunded"),
                longOf(row, "held"));
    }
}
