package cn.sz.dataexchange.api.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.sz.dataexchange.api.trading.support.TradingFixture.Party;
import cn.sz.dataexchange.settlement.gateway.protocol.FaultSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Deadlines pass on the exchange's clock; the scheduler fires their events, and gives up visibly. */
class DeadlinesTest extends GatewayTradingTest {

    @Override
    protected long priceFen() {
        return 60_000;
    }

    @Test
    void a_trade_nobody_signs_expires_when_the_signing_deadline_passes() {
        UUID trade = fixture.order(buyer, product);
        clock.advance(Duration.ofHours(71));
        runner.pollOnce().block();
        assertThat(fixture.state(trade, buyer)).isEqualTo("REQUESTED");

        clock.advance(Duration.ofHours(2));
        awaitState(trade, "EXPIRED");
        assertThat(events(trade)).endsWith("SIGNING_DEADLINE_PASSED->EXPIRED");
        assertThat(notificationTypes(seller)).contains("trade.signing-deadline-passed");
    }

    @Test
    void a_contract_nobody_pays_expires_when_the_payment_deadline_passes() {
        UUID trade = fixture.tradeIn("CONTRACTED", seller, buyer, product);
        clock.advance(Duration.ofHours(73));
        awaitState(trade, "EXPIRED");
        assertThat(events(trade)).endsWith("PAYMENT_DEADLINE_PASSED->EXPIRED");
    }

    @Test
    void a_silent_buyer_is_deemed_to_accept_and_settlement_follows_the_dispute_window() {
        UUID trade = fixture.tradeIn("DELIVERED", seller, buyer, product);
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        awaitState(trade, "ACCEPTED");
        assertThat(fixture.trade(trade, buyer.token()).get("deadline")).isInstanceOf(Map.class);

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        awaitState(trade, "SETTLED");
        assertThat(events(trade)).containsSubsequence("ACCEPTANCE_WINDOW_PASSED->ACCEPTED", "BEGIN_SETTLEMENT->SETTLING",
                "SETTLEMENT_COMPLETED->SETTLED");
        assertThat(journalEntryTypes(trade)).containsExactly((short) 1, (short) 2);
    }

    @Test
    void a_step_that_keeps_failing_gives_up_into_stalled_and_an_administrator_retries_it() {
        UUID trade = fixture.tradeIn("DELIVERED", seller, buyer, product);
        simulator().replaceFaults(FaultSettings.none().withFailureRate(10_000));
        fixture.post(trade, "acceptance", buyer, null).expectStatus().isOk();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            runner.pollOnce().block();
            assertThat(fixture.state(trade, buyer)).isEqualTo("STALLED");
        });
        assertThat(fixture.trade(trade, fixture.adminToken()).get("stalledStep")).isEqualTo("SETTLING");

        simulator().replaceFaults(FaultSettings.none());
        resilience.circuitBreaker().reset();
        fixture.post(trade, "resolution", fixture.adminToken(), Map.of("decision", "RETRY", "reason", "gateway is back"))
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("SETTLED");
        assertThat(events(trade)).containsSubsequence("BEGIN_SETTLEMENT->SETTLING", "GIVE_UP->STALLED",
                "RETRY->SETTLING", "SETTLEMENT_COMPLETED->SETTLED");
    }

    private void awaitState(UUID trade, String state) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            runner.pollOnce().block();
            assertThat(fixture.state(trade, buyer)).isEqualTo(state);
        });
    }

    private List<String> notificationTypes(Party party) {
        return db.sql("SELECT type FROM notifications WHERE org_id = :o").bind("o", party.orgId())
                .map(row -> row.get("type", String.class)).all().collectList().block();
    }
}
