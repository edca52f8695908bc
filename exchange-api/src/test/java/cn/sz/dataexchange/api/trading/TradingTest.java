package cn.sz.dataexchange.api.trading;

import cn.sz.dataexchange.api.payment.infrastructure.GatewayEndpoint;
import cn.sz.dataexchange.api.scheduling.TaskRunner;
import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.trading.support.TradingFixture;
import cn.sz.dataexchange.settlement.gateway.simulator.GatewaySimulator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

/** Base of the trading integration tests: the fixture, the database, the embedded gateway and the task runner. */
abstract class TradingTest extends IntegrationTest {

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected DatabaseClient db;

    @Autowired
    protected GatewayEndpoint gateway;

    @Autowired
    protected TaskRunner runner;

    protected TradingFixture fixture;

    @BeforeEach
    void tradingFixture() {
        fixture = new TradingFixture(http, clock, context);
    }

    protected GatewaySimulator simulator() {
        return gateway.simulator().orElseThrow();
    }

    protected List<String> events(UUID trade) {
        return db.sql("SELECT event, to_state FROM trade_events WHERE trade_id = :t ORDER BY seq").bind("t", trade)
                .map(row -> cn.sz.dataexchange.api.trading.model.TradeEvent.ofCode(row.get("event", Short.class)) + "->"
                        + cn.sz.dataexchange.api.trading.model.TradeState.ofCode(row.get("to_state", Short.class)))
                .all().collectList().block();
    }

    protected List<Short> journalEntryTypes(UUID trade) {
        return db.sql("SELECT entry_type FROM journal_entries WHERE trade_id = :t ORDER BY entry_type")
                .bind("t", trade.toString()).map(row -> row.get("entry_type", Short.class)).all().collectList().block();
    }
}
