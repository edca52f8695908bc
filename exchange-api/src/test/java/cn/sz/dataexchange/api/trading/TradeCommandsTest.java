package cn.sz.dataexchange.api.trading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.trading.support.TradingFixture.Party;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Product;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Commands through HTTP: out-of-order commands are 409 naming the state; of two conflicting commands one wins. */
class TradeCommandsTest extends TradingTest {

    private Party seller;
    private Party buyer;
    private Product product;

    @BeforeEach
    void parties() {
        seller = fixture.party("SELLER");
        buyer = fixture.party("BUYER");
        product = fixture.listed(seller, 20_000);
    }

    @Test
    void commands_out_of_order_are_refused_with_409_naming_the_current_state() {
        UUID requested = fixture.order(buyer, product);
        expectIllegal(fixture.pay(requested, buyer, UUID.randomUUID().toString()), "REQUESTED");
        expectIllegal(fixture.post(requested, "delivery-tokens", buyer, null), "REQUESTED");
        expectIllegal(fixture.post(requested, "acceptance", buyer, null), "REQUESTED");
        expectIllegal(fixture.post(requested, "disputes", buyer, Map.of("reason", "too early")), "REQUESTED");
        expectIllegal(fixture.post(requested, "resolution", fixture.adminToken(),
                Map.of("decision", "REFUND", "reason", "no dispute")), "REQUESTED");

        UUID escrowed = fixture.tradeIn("ESCROWED", seller, buyer, product);
        expectIllegal(fixture.post(escrowed, "cancellation", buyer, Map.of("reason", "changed my mind")), "ESCROWED");
        expectIllegal(fixture.submitSignature(escrowed, buyer, "e30..c2ln"), "ESCROWED");
        expectIllegal(fixture.pay(escrowed, buyer, UUID.randomUUID().toString()), "ESCROWED");
        expectIllegal(fixture.post(escrowed, "resolution", fixture.adminToken(),
                Map.of("decision", "RETRY", "reason", "nothing stalled")), "ESCROWED");

        UUID settled = fixture.tradeIn("SETTLED", seller, buyer, product);
        expectIllegal(fixture.post(settled, "disputes", buyer, Map.of("reason", "too late")), "SETTLED");
        expectIllegal(fixture.post(settled, "cancellation", fixture.adminToken(), Map.of("reason", "too late")), "SETTLED");
        expectIllegal(fixture.post(settled, "delivery-tokens", buyer, null), "SETTLED");
    }

    @Test
    void the_seller_cannot_take_the_buyers_steps() {
        UUID escrowed = fixture.tradeIn("ESCROWED", seller, buyer, product);
        fixture.post(escrowed, "delivery-tokens", seller.token(), null).expectStatus().isForbidden();
        fixture.post(escrowed, "acceptance", seller.token(), null).expectStatus().isForbidden();
    }

    @RepeatedTest(3)
    void of_an_acceptance_and_a_dispute_sent_at_once_exactly_one_wins() {
        UUID trade = fixture.tradeIn("DELIVERED", seller, buyer, product);
        List<Integer> statuses = race(() -> fixture.post(trade, "acceptance", buyer, null),
                () -> fixture.post(trade, "disputes", buyer, Map.of("reason", "not what was listed")));
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(events(trade).stream().filter(e -> e.startsWith("ACCEPT->") || e.startsWith("DISPUTE->"))).hasSize(1);
    }

    @RepeatedTest(3)
    void of_two_payments_with_different_keys_sent_at_once_exactly_one_pays() {
        UUID trade = fixture.tradeIn("CONTRACTED", seller, buyer, product);
        List<Integer> statuses = race(() -> fixture.pay(trade, buyer, UUID.randomUUID().toString()),
                () -> fixture.pay(trade, buyer, UUID.randomUUID().toString()));
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(journalEntryTypes(trade)).containsExactly((short) 1);
    }

    @Test
    void the_buyer_and_the_seller_cancelling_at_once_cancel_once() {
        UUID trade = fixture.order(buyer, product);
        List<Integer> statuses = race(() -> fixture.post(trade, "cancellation", buyer, Map.of("reason", "b")),
                () -> fixture.post(trade, "cancellation", seller, Map.of("reason", "s")));
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(fixture.state(trade, buyer)).isEqualTo("CANCELLED");
    }

    @SafeVarargs
    private static List<Integer> race(Supplier<WebTestClient.ResponseSpec>... commands) {
        return Flux.fromArray(commands)
                .flatMap(c -> Mono.fromCallable(() -> c.get().returnResult(String.class).getStatus().value())
                        .subscribeOn(Schedulers.boundedElastic()), commands.length)
                .collectList().block();
    }

    private static void expectIllegal(WebTestClient.ResponseSpec response, String state) {
        response.expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.currentStatus").isEqualTo(state);
    }
}
