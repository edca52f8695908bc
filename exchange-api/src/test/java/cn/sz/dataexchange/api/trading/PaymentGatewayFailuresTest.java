package cn.sz.dataexchange.api.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.sz.dataexchange.settlement.gateway.protocol.FaultSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The payment gateway fails, hangs, declines and goes down; no trade is ever left half-paid. */
class PaymentGatewayFailuresTest extends GatewayTradingTest {

    @Override
    protected long priceFen() {
        return 40_000;
    }

    @Test
    void gateway_errors_are_retried_with_the_same_key_and_the_payment_goes_through_once() {
        UUID trade = fixture.tradeIn("CONTRACTED", seller, buyer, product);
        long applied = simulator().stats().operationsApplied();
        simulator().replaceFaults(FaultSettings.none().failingNext(2));
        fixture.pay(trade, buyer, UUID.randomUUID().toString()).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("ESCROWED");
        assertThat(simulator().stats().failuresInjected()).isGreaterThanOrEqualTo(2);
        assertThat(simulator().stats().operationsApplied() - applied).isEqualTo(1);
    }

    @Test
    void a_gateway_that_answers_after_the_time_limit_is_asked_again_and_the_escrow_is_made_once() {
        UUID trade = fixture.tradeIn("CONTRACTED", seller, buyer, product);
        long applied = simulator().stats().operationsApplied();
        simulator().replaceFaults(FaultSettings.none().hangingNext(1, 1_500));
        fixture.pay(trade, buyer, UUID.randomUUID().toString()).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("ESCROWED");
        assertThat(simulator().stats().hangsInjected()).isGreaterThanOrEqualTo(1);
        assertThat(simulator().stats().operationsApplied() - applied).isEqualTo(1);
        assertThat(journalEntryTypes(trade)).containsExactly((short) 1);
    }

    @Test
    void a_declined_payment_returns_the_trade_to_contracted_and_the_buyer_can_pay_again() {
        UUID trade = fixture.tradeIn("CONTRACTED", seller, buyer, product);
        simulator().replaceFaults(FaultSettings.none().declining(List.of(buyer.orgId().toString())));
        fixture.pay(trade, buyer, UUID.randomUUID().toString()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:payment-declined");
        assertThat(fixture.state(trade, buyer)).isEqualTo("CONTRACTED");

        simulator().replaceFaults(FaultSettings.none());
        fixture.pay(trade, buyer, UUID.randomUUID().toString()).expectStatus().isOk();
        assertThat(events(trade)).containsSubsequence("PAY->PAYING", "PAYMENT_DECLINED->CONTRACTED", "PAY->PAYING",
                "ESCROW_HELD->ESCROWED");
    }

    @Test
    void an_open_circuit_refuses_payments_with_503_and_the_trades_paid_meanwhile_are_completed_once_it_closes() {
        simulator().replaceFaults(FaultSettings.none().withFailureRate(10_000));
        List<UUID> paying = new ArrayList<>();
        int status = 0;
        while (status != 503 && paying.size() < 6) {
            UUID trade = fixture.tradeIn("CONTRACTED", seller, buyer, product);
            var result = fixture.pay(trade, buyer, UUID.randomUUID().toString()).returnResult(String.class);
            status = result.getStatus().value();
            if (status == 202) {
                paying.add(trade);
                assertThat(fixture.state(trade, buyer)).isEqualTo("PAYING");
            } else {
                assertThat(status).isEqualTo(503);
                assertThat(result.getResponseHeaders().getFirst("Retry-After")).isNotBlank();
                assertThat(fixture.state(trade, buyer)).as("a refused payment changes nothing").isEqualTo("CONTRACTED");
            }
        }
        assertThat(status).isEqualTo(503);
        assertThat(paying).isNotEmpty();
        long requests = simulator().stats().requests();
        runner.pollOnce().block();
        assertThat(simulator().stats().requests()).as("no calls reach the gateway while the circuit is open")
                .isEqualTo(requests);

        simulator().replaceFaults(FaultSettings.none());
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            runner.pollOnce().block();
            for (UUID trade : paying) {
                assertThat(fixture.state(trade, buyer)).isEqualTo("ESCROWED");
            }
        });
        for (UUID trade : paying) {
            assertThat(journalEntryTypes(trade)).containsExactly((short) 1);
        }
    }
}
