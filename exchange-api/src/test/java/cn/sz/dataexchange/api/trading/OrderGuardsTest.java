package cn.sz.dataexchange.api.trading;

import cn.sz.dataexchange.api.trading.support.TradingFixture.Party;
import cn.sz.dataexchange.api.trading.support.TradingFixture.Product;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The guards of placing an order: the purpose (Art. 16), the listing, the parties, the territory (Art. 82). */
class OrderGuardsTest extends TradingTest {

    private Party seller;
    private Party buyer;
    private Product product;

    @BeforeEach
    void parties() {
        seller = fixture.party("SELLER", "BUYER");
        buyer = fixture.party("BUYER");
        product = fixture.listed(seller, 10_000);
    }

    @Test
    void a_purpose_the_listing_does_not_offer_is_refused_naming_article_16() {
        fixture.orderRaw(buyer, product, "MARKETING", UUID.randomUUID().toString()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:purpose-not-covered")
                .jsonPath("$.article").isEqualTo("Art. 16")
                .jsonPath("$.detail").value(d -> org.assertj.core.api.Assertions.assertThat((String) d).contains("Art. 16"));
    }

    @Test
    void a_seller_cannot_buy_its_own_listing() {
        fixture.orderRaw(seller, product, "STATISTICS", UUID.randomUUID().toString()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:own-listing");
    }

    @Test
    void a_listing_that_is_not_on_sale_takes_no_orders() {
        Product unknown = new Product(UUID.randomUUID(), new byte[0], "", 0);
        fixture.orderRaw(buyer, unknown, "STATISTICS", UUID.randomUUID().toString()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:listing-not-on-sale");
    }

    @Test
    void use_abroad_without_the_listings_cross_border_terms_is_refused_naming_article_82() {
        order(Map.of("listingId", product.listingId().toString(), "purpose", "STATISTICS", "territory", List.of("CN", "HK")))
                .expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:cross-border-not-allowed")
                .jsonPath("$.article").isEqualTo("Art. 82");
    }

    @Test
    void trading_conditions_out_of_range_are_bad_input() {
        order(Map.of("listingId", product.listingId().toString(), "purpose", "STATISTICS",
                "tradingConditions", Map.of("securityLevel", 9))).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("tradingConditions.securityLevel");
        order(Map.of("listingId", product.listingId().toString(), "purpose", "STATISTICS",
                "tradingConditions", Map.of("creditStatus", "SPLENDID"))).expectStatus().isBadRequest();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec order(Map<String, Object> body) {
        return http.post().uri("/api/v1/trades").headers(h -> {
            h.setBearerAuth(buyer.token());
            h.set("Idempotency-Key", UUID.randomUUID().toString());
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
