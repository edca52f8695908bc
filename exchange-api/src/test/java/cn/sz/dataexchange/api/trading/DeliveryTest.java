package cn.sz.dataexchange.api.trading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.trading.support.TradingFixture.Party;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Product;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivery tokens are single-use and short-lived, downloads support Range and are logged, receipts must match. */
class DeliveryTest extends TradingTest {

    private Party seller;
    private Party buyer;
    private Product product;

    @BeforeEach
    void parties() {
        seller = fixture.party("SELLER");
        buyer = fixture.party("BUYER");
        product = fixture.listed(seller, 15_000);
    }

    @Test
    void a_token_serves_one_download_and_every_download_is_logged() {
        UUID trade = fixture.tradeIn("ESCROWED", seller, buyer, product);
        String token = fixture.deliveryToken(trade, buyer);
        http.get().uri("/api/v1/deliveries/{t}", token).headers(h -> h.setBearerAuth(buyer.token())).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"" + product.sha256() + "\"")
                .expectHeader().valueEquals("Accept-Ranges", "bytes")
                .expectBody(byte[].class).isEqualTo(product.content());
        http.get().uri("/api/v1/deliveries/{t}", token).headers(h -> h.setBearerAuth(buyer.token())).exchange()
                .expectStatus().isEqualTo(410).expectBody().jsonPath("$.type")
                .isEqualTo("urn:sz-data-exchange:problem:delivery-token-spent");
        assertThat(downloads(trade)).containsExactly("0-" + (product.content().length - 1) + ":complete");
    }

    @Test
    void an_interrupted_download_resumes_with_a_new_token_and_a_range() {
        UUID trade = fixture.tradeIn("ESCROWED", seller, buyer, product);
        int half = product.content().length / 2;
        byte[] first = ranged(fixture.deliveryToken(trade, buyer), "bytes=0-" + (half - 1), 206,
                "bytes 0-" + (half - 1) + "/" + product.content().length);
        byte[] rest = ranged(fixture.deliveryToken(trade, buyer), "bytes=" + half + "-", 206,
                "bytes " + half + "-" + (product.content().length - 1) + "/" + product.content().length);
        byte[] whole = new byte[first.length + rest.length];
        System.arraycopy(first, 0, whole, 0, first.length);
        System.arraycopy(rest, 0, whole, first.length, rest.length);
        assertThat(whole).isEqualTo(product.content());

        fixture.submitReceipt(trade, buyer, fixture.receipt(trade, buyer, whole)).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("DELIVERED");
        assertThat(downloads(trade)).hasSize(2);
    }

    @Test
    void an_unsatisfiable_range_is_416_and_leaves_the_token_usable() {
        UUID trade = fixture.tradeIn("ESCROWED", seller, buyer, product);
        String token = fixture.deliveryToken(trade, buyer);
        http.get().uri("/api/v1/deliveries/{t}", token).headers(h -> {
                    h.setBearerAuth(buyer.token());
                    h.set("Range", "bytes=" + (product.content().length + 10) + "-");
                }).exchange().expectStatus().isEqualTo(416)
                .expectHeader().valueEquals("Content-Range", "bytes */" + product.content().length);
        assertThat(fixture.download(token, buyer)).isEqualTo(product.content());
    }

    @Test
    void an_expired_token_or_another_organisation_gets_nothing() {
        UUID trade = fixture.tradeIn("ESCROWED", seller, buyer, product);
        String token = fixture.deliveryToken(trade, buyer);
        Party other = fixture.party("BUYER");
        http.get().uri("/api/v1/deliveries/{t}", token).headers(h -> h.setBearerAuth(other.token())).exchange()
                .expectStatus().isNotFound(); // as an unknown token: another organisation learns nothing
        clock.advance(Duration.ofMinutes(16));
        http.get().uri("/api/v1/deliveries/{t}", token).headers(h -> h.setBearerAuth(buyer.token())).exchange()
                .expectStatus().isEqualTo(410);
        http.get().uri("/api/v1/deliveries/{t}", "not-a-token").headers(h -> h.setBearerAuth(buyer.token())).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void a_receipt_over_other_bytes_is_refused_and_the_trade_stays_delivering() {
        UUID trade = fixture.tradeIn("ESCROWED", seller, buyer, product);
        byte[] received = fixture.download(fixture.deliveryToken(trade, buyer), buyer);
        byte[] corrupted = Arrays.copyOf(received, received.length);
        corrupted[5] ^= 1;
        fixture.submitReceipt(trade, buyer, fixture.receipt(trade, buyer, corrupted)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.problems[0].code").isEqualTo("RECEIPT_HASH_MISMATCH");
        assertThat(fixture.state(trade, buyer)).isEqualTo("DELIVERING");
    }

    private byte[] ranged(String token, String range, int status, String contentRange) {
        return http.get().uri("/api/v1/deliveries/{t}", token).headers(h -> {
                    h.setBearerAuth(buyer.token());
                    h.set("Range", range);
                }).exchange().expectStatus().isEqualTo(status)
                .expectHeader().valueEquals("Content-Range", contentRange)
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    private List<String> downloads(UUID trade) {
        return db.sql("SELECT range_start, range_end, outcome FROM delivery_downloads WHERE trade_id = :t ORDER BY started_at")
                .bind("t", trade).map(row -> row.get("range_start", Long.class) + "-" + row.get("range_end", Long.class)
                        + ":" + row.get("outcome", String.class)).all().collectList().block();
    }
}
