package cn.sz.dataexchange.api.trading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.trading.support.TradingFixture.Party;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Product;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Retrying an order or a payment with its Idempotency-Key repeats the answer and never the effect. */
class IdempotentRetriesTest extends TradingTest {

    private Party seller;
    private Party buyer;
    private Product product;

    @BeforeEach
    void parties() {
        seller = fixture.party("SELLER");
        buyer = fixture.party("BUYER");
        product = fixture.listed(seller, 30_000);
    }

    @Test
    void an_order_retried_with_its_key_is_the_same_trade_and_another_body_under_it_is_refused() {
        String key = UUID.randomUUID().toString();
        Map<?, ?> first = fixture.orderRaw(buyer, product, "STATISTICS", key).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        fixture.orderRaw(buyer, product, "STATISTICS", key).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.id").isEqualTo(first.get("id"));
        fixture.orderRaw(buyer, product, "SCIENTIFIC_RESEARCH", key).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:idempotency-key-reused");
        long trades = db.sql("SELECT count(*) AS n FROM trades WHERE buyer_org = :b").bind("b", buyer.orgId())
                .map(row -> row.get("n", Long.class)).one().block();
        assertThat(trades).isEqualTo(1);
    }

    @Test
    void a_payment_retried_with_its_key_pays_once_and_answers_the_same() {
        UUID trade = fixture.tradeIn("CONTRACTED", seller, buyer, product);
        String key = UUID.randomUUID().toString();
        fixture.pay(trade, buyer, key).expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("ESCROWED");
        long applied = simulator().stats().operationsApplied();
        fixture.pay(trade, buyer, key).expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.state").isEqualTo("ESCROWED");
        assertThat(simulator().stats().operationsApplied()).isEqualTo(applied);
        assertThat(journalEntryTypes(trade)).containsExactly((short) 1);
    }

    @Test
    void the_same_payment_sent_twice_at_once_pays_once() {
        UUID trade = fixture.tradeIn("CONTRACTED", seller, buyer, product);
        String key = UUID.randomUUID().toString();
        List<Integer> statuses = Flux.range(0, 2)
                .flatMap(i -> Mono.fromCallable(() -> fixture.pay(trade, buyer, key).returnResult(String.class)
                        .getStatus().value()).subscribeOn(Schedulers.boundedElastic()), 2)
                .collectList().block();
        assertThat(statuses).allMatch(s -> s == 200 || s == 202 || s == 409);
        assertThat(statuses).contains(200);
        assertThat(fixture.state(trade, buyer)).isEqualTo("ESCROWED");
        assertThat(journalEntryTypes(trade)).containsExactly((short) 1);
    }
}
