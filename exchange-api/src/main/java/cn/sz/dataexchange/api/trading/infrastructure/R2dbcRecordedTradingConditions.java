package cn.sz.dataexchange.api.trading.infrastructure;

import cn.sz.dataexchange.api.trading.application.RecordedTradingConditions;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.api.trading.model.TradingConditions;
import cn.sz.dataexchange.settlement.pricing.CreditStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Flux;

/**
 * Streams the rows through a cursor (fetch size) inside a read-only transaction of its own, so a run
 * over millions of trades holds one batch of rows at a time.
 */
@Repository
class R2dbcRecordedTradingConditions implements RecordedTradingConditions {

    static final int FETCH_SIZE = 2_000;
    private static final Short[] NOT_AGREED = {(short) TradeState.REQUESTED.code(), (short) TradeState.CANCELLED.code(),
            (short) TradeState.EXPIRED.code()};

    private final DatabaseClient db;
    private final TransactionalOperator readOnly;

    R2dbcRecordedTradingConditions(DatabaseClient db, ReactiveTransactionManager transactions) {
        this.db = db;
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(
                TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        definition.setReadOnly(true);
        this.readOnly = TransactionalOperator.create(transactions, definition);
    }

    @Override
    public Flux<Recorded> inSellerListingOrder() {
        return readOnly.transactional(db.sql("""
                        SELECT id, seller_org, buyer_org, listing_id, listing_version,
                               coalesce(list_price_fen, price_fen) AS list_price, price_fen, created_at, security_level,
                               trading_cost_fen, credit_status, trade_link, duration_days
                        FROM trades WHERE NOT (state = ANY(:excluded))
                        ORDER BY seller_org, listing_id, coalesce(list_price_fen, price_fen), created_at, id""")
                .bind("excluded", NOT_AGREED)
                .filter(statement -> statement.fetchSize(FETCH_SIZE))
                .map(row -> new Recorded(row.get("id", UUID.class), row.get("seller_org", UUID.class),
                        row.get("buyer_org", UUID.class), row.get("listing_id", UUID.class),
                        row.get("listing_version", Integer.class), row.get("list_price", Long.class),
                        row.get("price_fen", Long.class), row.get("created_at", Instant.class),
                        new TradingConditions(row.get("security_level", Short.class), row.get("trading_cost_fen", Long.class),
                                creditStatus(row.get("credit_status", Short.class)), row.get("trade_link", String.class),
                                row.get("duration_days", Integer.class))))
                .all());
    }

    private static CreditStatus creditStatus(int code) {
        return Arrays.stream(CreditStatus.values()).filter(s -> s.code() == code).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown credit status code " + code));
    }
}
