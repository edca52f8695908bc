package cn.sz.dataexchange.api.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The life of a listing end to end through HTTP: rejected without consent, listed after full
 * consent and two administrators, suspended by a withdrawal, and hidden from other sellers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class ListingLifecycleTest extends IntegrationTest {

    @Autowired
    RecordingSuspensionListener listener;
    @Autowired
    DatabaseClient db;

    private ListingFixtures fixtures;
    private Members.Member seller;
    private Members.Member otherSeller;
    private Members.Member buyer;
    private String admin;
    private String secondAdmin;

    @BeforeAll
    void createMembers() {
        Members members = members();
        fixtures = new ListingFixtures(http);
        seller = members.seller();
        otherSeller = members.seller();
        buyer = members.buyer();
        admin = members.adminToken();
        secondAdmin = members.platformToken("ADMIN");
    }

    @Test
    void rejects_a_listing_whose_subjects_lack_consent_with_an_art_67_finding_naming_the_uncovered_rows() {
        List<String> ids = ListingFixtures.residentIds(4);
        fixtures.importConsents(seller, List.of(ListingFixtures.consentLine(ids.get(0))));
        UUID asset = fixtures.upload(seller, ListingFixtures.peopleCsv(ids));
        UUID id = fixtures.createListing(seller, ListingFixtures.listingBody(asset, "Credit profiles",
                ListingFixtures.identityManifest(), 50_000));

        fixtures.submit(seller, id);
        Map<?, ?> validation = fixtures.awaitValidation(seller.token(), id);

        assertThat(validation.get("verdict")).isEqualTo("REJECT");
        assertThat(fixtures.listing(seller.token(), id).get("status")).isEqualTo("REJECTED");
        Map<?, ?> consent = finding(validation, "LV-CONSENT-01", "BLOCKING");
        assertThat((String) consent.get("article")).contains("Art. 67(1)");
        Map<?, ?> evidence = (Map<?, ?>) consent.get("evidence");
        assertThat(((Map<?, ?>) evidence.get("counts")).get("uncovered")).isEqualTo(3);
        assertThat((List<Object>) evidence.get("sampleLines")).containsExactly(3, 4, 5);
        assertThat((String) consent.get("remediation")).contains("3 subjects");
    }

    @Test
    void a_sensitive_product_with_full_consent_is_listed_after_two_admins_and_suspended_by_a_withdrawal() {
        List<String> ids = ListingFixtures.residentIds(5);
        Map<?, ?> imported = fixtures.importConsents(seller, ids.stream().map(ListingFixtures::consentLine).toList());
        assertThat(imported.get("accepted")).isEqualTo(5);
        UUID asset = fixtures.upload(seller, ListingFixtures.peopleCsv(ids));
        String title = "Verified identities " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = fixtures.createListing(seller, ListingFixtures.listingBody(asset, title,
                ListingFixtures.identityManifest(), 120_000));

        fixtures.submit(seller, id);
        assertThat(fixtures.awaitValidation(seller.token(), id).get("verdict")).isEqualTo("PASS");
        assertThat(fixtures.listing(seller.token(), id).get("status")).isEqualTo("PENDING_REVIEW");
        http.get().uri("/api/v1/review/queue?size=200").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.listingId == '" + id + "')].riskFlags[*]").value(flags ->
                        assertThat(flags.toString()).contains("SENSITIVE_DATA", "PERSONAL_DATA"))
                .jsonPath("$.items[?(@.listingId == '" + id + "')].approvalsRequired").isEqualTo(2);

        Map<?, ?> first = fixtures.decide(admin, id, "APPROVE", "consent evidence complete", 200);
        assertThat(first.get("listingStatus")).isEqualTo("PENDING_REVIEW");
        assertThat(first.get("awaitingAnotherApproval")).isEqualTo(true);
        fixtures.decide(admin, id, "APPROVE", "again", 409);
        assertThat(catalogHas(title)).isFalse();
        Map<?, ?> second = fixtures.decide(secondAdmin, id, "APPROVE", "checked the report as well", 200);
        assertThat(second.get("listingStatus")).isEqualTo("LISTED");
        assertThat(catalogHas(title)).isTrue();

        Map<?, ?> withdrawal = withdraw(ids.get(2));
        assertThat((List<Object>) withdrawal.get("suspendedListings")).containsExactly(id.toString());
        assertThat(fixtures.listing(seller.token(), id).get("status")).isEqualTo("SUSPENDED");
        assertThat(catalogHas(title)).isFalse();
        assertThat(listener.suspended()).contains(id);
        http.get().uri("/api/v1/notifications?size=200").headers(h -> h.setBearerAuth(seller.token())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.type == 'listing.suspended' && @.subject == 'listing:" + id + "')]").exists();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<?, ?> revalidation = fixtures.awaitValidation(seller.token(), id);
            assertThat(revalidation.get("kind")).isEqualTo("REVALIDATION");
            assertThat(revalidation.get("verdict")).isEqualTo("REJECT");
        });
        assertThat(fixtures.listing(seller.token(), id).get("status")).isEqualTo("SUSPENDED");
        http.get().uri("/api/v1/audit/verification?stream=listing:" + id).headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isOk();
    }

    @Test
    void another_seller_can_neither_see_nor_change_a_listing() {
        UUID asset = fixtures.upload(seller, ListingFixtures.peopleCsv(ListingFixtures.residentIds(2)));
        UUID id = fixtures.createListing(seller, ListingFixtures.listingBody(asset, "Private draft",
                ListingFixtures.identityManifest(), 1_000));
        String other = otherSeller.token();

        http.get().uri("/api/v1/listings/{id}", id).headers(h -> h.setBearerAuth(other)).exchange().expectStatus().isNotFound();
        http.patch().uri("/api/v1/listings/{id}", id).headers(h -> h.setBearerAuth(other))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "mine now"))
                .exchange().expectStatus().isNotFound();
        http.post().uri("/api/v1/listings/{id}/submit", id).headers(h -> h.setBearerAuth(other)).exchange()
                .expectStatus().isNotFound();
        http.post().uri("/api/v1/listings/{id}/delist", id).headers(h -> h.setBearerAuth(other))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "x")).exchange()
                .expectStatus().isNotFound();
        http.get().uri("/api/v1/listings/{id}/validation", id).headers(h -> h.setBearerAuth(other)).exchange()
                .expectStatus().isNotFound();
        http.get().uri("/api/v1/listings?size=200").headers(h -> h.setBearerAuth(other)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist();
        http.patch().uri("/api/v1/listings/{id}", id).headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "Renamed draft"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.title").isEqualTo("Renamed draft");
    }

    @Test
    void an_edit_based_on_a_stale_etag_is_refused_with_412_naming_the_current_revision() {
        UUID asset = fixtures.upload(seller, ListingFixtures.peopleCsv(ListingFixtures.residentIds(2)));
        UUID id = fixtures.createListing(seller, ListingFixtures.listingBody(asset, "Guarded draft",
                ListingFixtures.identityManifest(), 1_000));
        String etag = http.get().uri("/api/v1/listings/{id}", id).headers(h -> h.setBearerAuth(seller.token()))
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
        assertThat(etag).isNotBlank();

        String next = http.patch().uri("/api/v1/listings/{id}", id).headers(h -> {
                    h.setBearerAuth(seller.token());
                    h.setIfMatch(etag);
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "First edit"))
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
        assertThat(next).isNotEqualTo(etag);

        http.patch().uri("/api/v1/listings/{id}", id).headers(h -> {
                    h.setBearerAuth(seller.token());
                    h.setIfMatch(etag);
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "Lost update"))
                .exchange().expectStatus().isEqualTo(412)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.currentRevision").isEqualTo(Integer.parseInt(next.replace("\"", "")));
        http.patch().uri("/api/v1/listings/{id}", id).headers(h -> {
                    h.setBearerAuth(seller.token());
                    h.set("If-Match", "yesterday");
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "x"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("If-Match");
        http.patch().uri("/api/v1/listings/{id}", id).headers(h -> {
                    h.setBearerAuth(seller.token());
                    h.set("If-Match", "*");
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "Any revision"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.title").isEqualTo("Any revision");
        assertThat(fixtures.listing(seller.token(), id).get("title")).isEqualTo("Any revision");
    }

    @Test
    void a_non_open_public_data_source_is_refused() {
        String entry = "sz-gov-" + UUID.randomUUID().toString().substring(0, 8);
        http.post().uri("/api/v1/public-data/catalog").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("entries", List.of(Map.of("id", entry, "title", "Household registrations",
                        "providingAgency", "Shenzhen Public Security Bureau", "openCategory", "NON_OPEN"))))
                .exchange().expectStatus().isOk();
        UUID asset = fixtures.upload(seller, "district,households\nFutian,1200\nNanshan,1800\n".getBytes());
        UUID id = fixtures.createListing(seller, ListingFixtures.listingBody(asset, "Households by district",
                ListingFixtures.plainManifest(List.of(Map.of("kind", "PUBLIC_DATA", "catalogEntryId", entry))), 9_900));

        fixtures.submit(seller, id);
        Map<?, ?> validation = fixtures.awaitValidation(seller.token(), id);

        assertThat(validation.get("verdict")).isEqualTo("REJECT");
        Map<?, ?> finding = finding(validation, "LV-PUBLIC-01", "BLOCKING");
        assertThat((String) finding.get("message")).contains(entry).contains("non-open");
        assertThat(fixtures.listing(seller.token(), id).get("status")).isEqualTo("REJECTED");
    }

    @Test
    void a_concurrent_double_submit_yields_one_validation() {
        UUID asset = fixtures.upload(seller, "district,households\nFutian,1200\n".getBytes());
        UUID id = fixtures.createListing(seller, ListingFixtures.listingBody(asset, "Households",
                ListingFixtures.plainManifest(List.of(Map.of("kind", "OWN_COLLECTION"))), 100));

        List<Integer> statuses = reactor.core.publisher.Flux.range(0, 2)
                .flatMap(i -> reactor.core.publisher.Mono.fromCallable(() -> http.post()
                                .uri("/api/v1/listings/{id}/submit", id).headers(h -> h.setBearerAuth(seller.token()))
                                .exchange().returnResult(String.class).getStatus().value())
                        .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()))
                .collectList().block();

        assertThat(statuses).containsExactlyInAnyOrder(202, 409);
        assertThat(db.sql("SELECT count(*) AS n FROM validation_runs WHERE listing_id = :id").bind("id", id)
                .map(row -> row.get("n", Long.class)).one().block()).isEqualTo(1L);
        assertThat(fixtures.awaitValidation(seller.token(), id).get("verdict")).isEqualTo("PASS");
    }

    @Test
    void illegal_moves_are_409_problems_naming_the_current_status() {
        UUID asset = fixtures.upload(seller, "district,households\nFutian,1200\n".getBytes());
        UUID id = fixtures.createListing(seller, ListingFixtures.listingBody(asset, "Households",
                ListingFixtures.plainManifest(List.of(Map.of("kind", "OWN_COLLECTION"))), 100));
        fixtures.decide(admin, id, "APPROVE", "not yet", 409);
        http.post().uri("/api/v1/listings/{id}/suspend", id).headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "test")).exchange()
                .expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:illegal-transition")
                .jsonPath("$.currentStatus").isEqualTo("DRAFT");
    }

    @Test
    void a_change_to_a_listed_product_is_a_new_version_while_the_listed_one_stays_on_sale() {
        String title = "Versioned " + UUID.randomUUID().toString().substring(0, 8);
        UUID asset = fixtures.upload(seller, "district,households\nFutian,1200\n".getBytes());
        UUID id = fixtures.createListing(seller, ListingFixtures.listingBody(asset, title,
                ListingFixtures.plainManifest(List.of(Map.of("kind", "OWN_COLLECTION"))), 100));
        fixtures.submit(seller, id);
        fixtures.awaitValidation(seller.token(), id);
        fixtures.decide(admin, id, "APPROVE", "fine", 200);

        http.patch().uri("/api/v1/listings/{id}", id).headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("priceFen", 250))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("LISTED")
                .jsonPath("$.latestVersion").isEqualTo(2)
                .jsonPath("$.onShelfVersion").isEqualTo(1)
                .jsonPath("$.versions[1].status").isEqualTo("DRAFT");
        fixtures.submit(seller, id);
        fixtures.awaitValidation(seller.token(), id);
        assertThat(catalogPrice(title)).isEqualTo(100);
        fixtures.decide(admin, id, "APPROVE", "new price accepted", 200);

        Map<?, ?> listing = fixtures.listing(seller.token(), id);
        assertThat(listing.get("onShelfVersion")).isEqualTo(2);
        assertThat(((List<?>) listing.get("versions")).stream().<Object>map(v -> ((Map<?, ?>) v).get("status")).toList())
                .containsExactly("SUPERSEDED", "LISTED");
        assertThat(catalogPrice(title)).isEqualTo(250);
    }

    private Map<?, ?> withdraw(String residentId) {
        return http.post().uri("/api/v1/consents/withdrawals").headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subjects", List.of(Map.of("subject", residentId, "subjectType", "RESIDENT_ID")),
                        "reason", "the data subject withdrew consent in the app"))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private boolean catalogHas(String title) {
        Map<?, ?> page = http.get().uri(b -> b.path("/api/v1/catalog").queryParam("q", title).build())
                .headers(h -> h.setBearerAuth(buyer.token())).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<?>) page.get("items")).stream().anyMatch(i -> title.equals(((Map<?, ?>) i).get("title")));
    }

    private Object catalogPrice(String title) {
        Map<?, ?> page = http.get().uri(b -> b.path("/api/v1/catalog").queryParam("q", title).build())
                .headers(h -> h.setBearerAuth(buyer.token())).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<?>) page.get("items")).stream().map(i -> (Map<?, ?>) i).filter(i -> title.equals(i.get("title")))
                .findFirst().map(i -> i.get("priceFen")).orElse(null);
    }

    static Map<?, ?> finding(Map<?, ?> validation, String ruleId, String severity) {
        List<?> findings = (List<?>) ((Map<?, ?>) validation.get("report")).get("findings");
        return findings.stream().map(f -> (Map<?, ?>) f)
                .filter(f -> ruleId.equals(f.get("ruleId")) && severity.equals(f.get("severity")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + severity + " " + ruleId + " in " + findings));
    }
}
