package cn.sz.dataexchange.api.trading;

import cn.sz.dataexchange.api.payment.infrastructure.GatewayResilience;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Party;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Product;
import cn.sz.dataexchange.settlement.gateway.protocol.FaultSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the trading tests that disturb the payment gateway: a fresh seller, buyer and listed
 * product per test, and a healthy gateway with a closed circuit after each.
 */
abstract class GatewayTradingTest extends TradingTest {

    @Autowired
    protected GatewayResilience resilience;

    protected Party seller;
    protected Party buyer;
    protected Product product;

    /** The listed product's price in fen. */
    protected abstract long priceFen();

    @BeforeEach
    void parties() {
        seller = fixture.party("SELLER");
        buyer = fixture.party("BUYER");
        product = fixture.listed(seller, priceFen());
    }

    @AfterEach
    void healthyGateway() {
        simulator().replaceFaults(FaultSettings.none());
        resilience.circuitBreaker().reset();
    }
}
