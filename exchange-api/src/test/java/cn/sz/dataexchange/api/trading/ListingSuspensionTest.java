package cn.sz.dataexchange.api.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.sz.dataexchange.api.trading.support.TradingFixture.Party;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Product;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Art. 22: a suspended listing's trades that have not delivered end, with refunds where money is
 * held, and buyers who already received the data are told to stop processing it.
 */
class ListingSuspensionTest extends TradingTest {

    @Test
    void a_suspension_terminates_undelivered_trades_with_refunds_and_tells_receiving_buyers_to_stop() {
        Party seller = fixture.party("SELLER");
        Party buyer = fixture.party("BUYER");
        Product product = fixture.listed(seller, 90_000);
        UUID requested = fixture.order(buyer, product);
        UUID escrowed = fixture.tradeIn("ESCROWED", seller, buyer, product);
        UUID downloading = fixture.tradeIn("ESCROWED", seller, buyer, product);
        fixture.download(fixture.deliveryToken(downloading, buyer), buyer);
        UUID delivered = fixture.tradeIn("DELIVERED", seller, buyer, product);

        fixture.suspend(product, "a data subject withdrew consent");

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            runner.pollOnce().block();
            assertThat(List.of(fixture.state(requested, buyer), fixture.state(escrowed, buyer),
                    fixture.state(downloading, buyer), fixture.state(delivered, buyer)))
                    .containsExactly("TERMINATED", "TERMINATED", "TERMINATED", "DELIVERED");
        });
        assertThat(events(escrowed)).containsSubsequence("TERMINATE->TERMINATING", "TERMINATION_REFUNDED->TERMINATED");
        assertThat(journalEntryTypes(escrowed)).containsExactly((short) 1, (short) 3);
        assertThat(events(requested)).endsWith("TERMINATE->TERMINATED");
        assertThat(events(delivered)).contains("PROCESSING_STOP_REQUIRED->DELIVERED");
        assertThat(events(downloading)).contains("PROCESSING_STOP_REQUIRED->DELIVERING");
        assertThat(events(escrowed)).doesNotContain("PROCESSING_STOP_REQUIRED->ESCROWED");
        assertThat(stopNotices(buyer)).containsExactlyInAnyOrder("trade:" + delivered, "trade:" + downloading);

        fixture.orderRaw(buyer, product, "STATISTICS", UUID.randomUUID().toString()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:listing-not-on-sale");
    }

    private List<String> stopNotices(Party buyer) {
        return db.sql("SELECT subject FROM notifications WHERE org_id = :o AND type = 'trade.processing-stop-required'")
                .bind("o", buyer.orgId()).map(row -> row.get("subject", String.class)).all().collectList().block();
    }
}
