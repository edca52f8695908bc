package cn.sz.dataexchange.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.listings.ListingFixtures;
import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

/** Buyers find listed products by text (Chinese too), category, price and personal data, and as DCAT. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogSearchTest extends IntegrationTest {

    private Members.Member buyer;
    private String tag;
    private UUID weather;
    private UUID traffic;
    private UUID identities;

    @BeforeAll
    void listProducts() {
        ListingFixtures fixtures = new ListingFixtures(http);
        Members members = members();
        Members.Member seller = members.seller();
        buyer = members.buyer();
        String admin = members.adminToken();
        String secondAdmin = members.platformToken("ADMIN");
        tag = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        weather = fixtures.listedPlainProduct(seller, admin, "深圳气象数据 hourly " + tag, "weather", 5_000);
        traffic = fixtures.listedPlainProduct(seller, admin, "Traffic GPS density " + tag, "transport", 20_000);
        identities = fixtures.pendingReview(seller, "Verified identities " + tag, 90_000);
        fixtures.decide(admin, identities, "APPROVE", "ok", 200);
        fixtures.decide(secondAdmin, identities, "APPROVE", "ok", 200);
    }

    private List<String> titles(String query) {
        Map<?, ?> page = http.get().uri("/api/v1/catalog?" + query).headers(h -> h.setBearerAuth(buyer.token()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<?>) page.get("items")).stream().map(i -> (String) ((Map<?, ?>) i).get("title")).sorted().toList();
    }

    @Test
    void text_search_finds_chinese_and_latin_words_and_all_terms_must_match() {
        assertThat(titles("q=" + tag)).hasSize(3);
        assertThat(titles("q=气象 " + tag)).containsExactly("深圳气象数据 hourly " + tag);
        assertThat(titles("q=圳气象数 " + tag)).containsExactly("深圳气象数据 hourly " + tag);
        assertThat(titles("q=GPS " + tag)).containsExactly("Traffic GPS density " + tag);
        assertThat(titles("q=gps 气象 " + tag)).isEmpty();
    }

    @Test
    void filters_narrow_by_category_price_and_personal_data() {
        assertThat(titles("q=" + tag + "&category=transport")).containsExactly("Traffic GPS density " + tag);
        assertThat(titles("q=" + tag + "&minPriceFen=10000")).containsExactly("Traffic GPS density " + tag,
                "Verified identities " + tag);
        assertThat(titles("q=" + tag + "&maxPriceFen=10000")).containsExactly("深圳气象数据 hourly " + tag);
        assertThat(titles("q=" + tag + "&personalData=true")).containsExactly("Verified identities " + tag);
        http.get().uri("/api/v1/catalog?q=" + tag + "&size=1&page=1").headers(h -> h.setBearerAuth(buyer.token()))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.totalItems").isEqualTo(3)
                .jsonPath("$.totalItemsExact").isEqualTo(true).jsonPath("$.totalPages").isEqualTo(3);
    }

    @Test
    void totals_hold_on_every_page_including_pages_past_the_last_match_and_beyond_the_counted_window() {
        for (String paging : List.of("size=2&page=0", "size=2&page=1", "size=2&page=5", "size=100&page=2", "size=1&page=250")) {
            http.get().uri("/api/v1/catalog?q=" + tag + "&" + paging).headers(h -> h.setBearerAuth(buyer.token()))
                    .exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.totalItems").isEqualTo(3).jsonPath("$.totalItemsExact").isEqualTo(true);
        }
        assertThat(titles("q=" + tag + "&size=2&page=1")).hasSize(1);
        assertThat(titles("q=" + tag + "&size=2&page=5")).isEmpty();
        http.get().uri("/api/v1/catalog?q=nothing" + tag).headers(h -> h.setBearerAuth(buyer.token()))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0).jsonPath("$.totalItems").isEqualTo(0);
    }

    @Test
    void bad_search_parameters_are_400s_naming_the_parameter() {
        for (String query : List.of("minPriceFen=-1", "minPriceFen=5&maxPriceFen=1", "size=1000", "minPriceFen=cheap",
                "personalData=perhaps")) {
            http.get().uri("/api/v1/catalog?" + query).headers(h -> h.setBearerAuth(buyer.token()))
                    .exchange().expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void the_catalog_reads_as_dcat_json_ld_with_access_rights_price_and_licence() {
        http.get().uri("/api/v1/catalog/dcat?q=" + tag + "&category=weather").headers(h -> h.setBearerAuth(buyer.token()))
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("application/ld+json"))
                .expectBody()
                .jsonPath("$['@context'].dcat").isEqualTo("http://www.w3.org/ns/dcat#")
                .jsonPath("$['@type']").isEqualTo("dcat:Catalog")
                .jsonPath("$['dcat:dataset'][0]['@type']").isEqualTo("dcat:Dataset")
                .jsonPath("$['dcat:dataset'][0]['dct:identifier']").isEqualTo(weather.toString())
                .jsonPath("$['dcat:dataset'][0]['dct:accessRights']['@id']")
                .isEqualTo("http://publications.europa.eu/resource/authority/access-right/RESTRICTED")
                .jsonPath("$['dcat:dataset'][0]['schema:offers']['schema:price']").isEqualTo("50.00")
                .jsonPath("$['dcat:dataset'][0]['schema:offers']['schema:priceCurrency']").isEqualTo("CNY")
                .jsonPath("$['dcat:dataset'][0]['odrl:hasPolicy']['@type']").isEqualTo("odrl:Offer")
                .jsonPath("$['dcat:dataset'][0]['odrl:hasPolicy']['odrl:prohibition'][0]['odrl:action']['@id']")
                .isEqualTo("odrl:distribute")
                .jsonPath("$['dcat:dataset'][0]['dcat:distribution'][0]['dcat:mediaType']").isEqualTo("text/csv")
                .jsonPath("$['dcat:dataset'][0]['dcat:distribution'][0]['spdx:checksum']['spdx:checksumValue']").exists();
    }

    @Test
    void a_suspended_or_delisted_product_leaves_the_catalog() {
        ListingFixtures fixtures = new ListingFixtures(http);
        Members.Member seller = members().seller();
        String admin = members().adminToken();
        String mine = "zz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        UUID id = fixtures.listedPlainProduct(seller, admin, "Parking " + mine, "transport", 100);
        assertThat(titles("q=" + mine)).hasSize(1);
        http.post().uri("/api/v1/listings/{id}/delist", id).headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "no longer collected"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DELISTED");
        assertThat(titles("q=" + mine)).isEmpty();
        assertThat(traffic).isNotNull();
    }
}
