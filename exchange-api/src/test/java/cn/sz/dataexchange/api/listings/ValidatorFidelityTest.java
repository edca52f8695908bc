package cn.sz.dataexchange.api.listings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

/**
 * The validator's findings through HTTP: identifiers written as people write them, children judged
 * at their consent date, an honest MINORS declaration, the review queue's flags of what validation
 * found, and what a seller is told when an upload or a move is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class ValidatorFidelityTest extends IntegrationTest {

    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    private ListingFixtures fixtures;
    private Members.Member seller;
    private String admin;
    private LocalDate today;

    @BeforeAll
    void createMembers() {
        Members members = members();
        fixtures = new ListingFixtures(http);
        seller = members.seller();
        admin = members.adminToken();
        today = LocalDate.now(clock);
    }

    @Test
    void a_child_who_consented_alone_at_thirteen_is_rejected_although_fourteen_today() {
        LocalDate born = today.minusYears(14).minusDays(40);
        String child = residentId(born, 1);
        String adult = ListingFixtures.residentId();
        fixtures.importConsents(seller, List.of(
                consent(child, born.plusYears(13).plusDays(30), false, List.of("IDENTITY_DOCUMENT")),
                consent(adult, today.minusYears(1), false, List.of("IDENTITY_DOCUMENT"))));
        UUID id = listing(List.of(child, adult), manifestWithMinors(), "Child consented alone");

        fixtures.submit(seller, id);
        Map<?, ?> validation = fixtures.awaitValidation(seller.token(), id);

        assertThat(validation.get("verdict")).isEqualTo("REJECT");
        Map<?, ?> minors = finding(validation, "LV-MINORS-01", "BLOCKING");
        assertThat(((Map<?, ?>) minors.get("evidence")).get("sampleLines")).isEqualTo(List.of(2));
        assertThat((String) minors.get("message")).contains("when they consented");
    }

    @Test
    void an_honest_minors_declaration_passes_when_the_children_have_their_guardians_consent() {
        UUID id = honestMinorsListing("Honest minors");

        Map<?, ?> validation = fixtures.awaitValidation(seller.token(), id);

        assertThat(validation.get("verdict")).as("%s", validation).isEqualTo("PASS");
        assertThat(fixtures.listing(seller.token(), id).get("status")).isEqualTo("PENDING_REVIEW");
        assertThat(finding(validation, "LV-MINORS-01", "INFO").get("evidence").toString()).contains("minors=1");
    }

    @Test
    void the_review_queue_flags_what_validation_found_with_counts_and_an_admin_filters_and_sorts_by_them() {
        UUID withChildren = honestMinorsListing("Children found");
        fixtures.awaitValidation(seller.token(), withChildren);
        UUID withoutChildren = fixtures.pendingReview(seller, "No children", 3_000);

        Map<?, ?> all = queue("?size=200&sort=SENSITIVE_DATA_FOUND");
        Map<?, ?> item = item(all, withChildren);
        assertThat((List<String>) item.get("riskFlags")).contains("PERSONAL_DATA", "SENSITIVE_DATA", "MINORS",
                "CHILDREN_FOUND", "SENSITIVE_DATA_FOUND");
        assertThat((Map<String, Object>) item.get("riskCounts")).containsEntry("CHILDREN_FOUND", 1)
                .containsEntry("SENSITIVE_DATA_FOUND", 4).containsEntry("UNDECLARED_IDENTIFIERS", 0)
                .containsEntry("K_ANONYMITY_BELOW_THRESHOLD", 0).containsEntry("PUBLIC_DATA_OVERLAP", 0);
        assertThat((List<String>) item(all, withoutChildren).get("riskFlags")).doesNotContain("CHILDREN_FOUND");
        assertThat(position(all, withChildren)).isLessThan(position(all, withoutChildren));

        Map<?, ?> children = queue("?size=200&flag=CHILDREN_FOUND&flag=SENSITIVE_DATA");
        assertThat(ids(children)).contains(withChildren.toString()).doesNotContain(withoutChildren.toString());
        assertThat(((Number) children.get("totalItems")).intValue()).isEqualTo(ids(children).size());
        for (Map<?, ?> i : (List<Map<?, ?>>) children.get("items")) {
            assertThat(((Number) ((Map<?, ?>) i.get("riskCounts")).get("CHILDREN_FOUND")).longValue()).isPositive();
        }

        http.get().uri("/api/v1/review/queue?flag=KIDS").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("flag");
        http.get().uri("/api/v1/review/queue?sort=MINORS").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("sort");
    }

    @Test
    void identifiers_written_with_prefixes_groups_and_full_width_digits_are_found_and_shown_as_written() {
        List<String> ids = ListingFixtures.residentIds(2);
        fixtures.importConsents(seller, ids.stream().map(ListingFixtures::consentLine).toList());
        String csv = "resident_id,note\n" + ids.get(0) + ",\"call +86 138 1234 5678, or ６２２２０２１２３４５６７８９０１２８\"\n"
                + ids.get(1) + ",order 2023-1201-1230-4512 at 20231201123045\n";
        UUID asset = fixtures.upload(seller, csv.getBytes(StandardCharsets.UTF_8));
        UUID id = fixtures.createListing(seller, ListingFixtures.listingBody(asset, "Written forms",
                ListingFixtures.identityManifest(), 2_000));

        fixtures.submit(seller, id);
        Map<?, ?> validation = fixtures.awaitValidation(seller.token(), id);

        assertThat(validation.get("verdict")).isEqualTo("REJECT");
        List<String> masked = new ArrayList<>();
        for (Map<?, ?> f : findings(validation)) {
            if ("LV-PD-01".equals(f.get("ruleId")) && "BLOCKING".equals(f.get("severity"))) {
                masked.addAll((List<String>) ((Map<?, ?>) f.get("evidence")).get("maskedSamples"));
                assertThat(((Map<?, ?>) f.get("evidence")).get("sampleLines")).isEqualTo(List.of(2));
            }
        }
        assertThat(masked).containsExactlyInAnyOrder("+86 138 **** **78", "***************０１２８");
    }

    @Test
    void a_consent_upload_without_a_valid_line_is_422_with_the_line_errors_and_keeps_nothing() {
        http.post().uri("/api/v1/consents").headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .bodyValue("{\"subjectKey\":\"" + "ab".repeat(32) + "\",\"purposes\":[\"CREDIT_ASSESSMENT\"],"
                        + "\"categories\":[\"CONTACT\"],\"givenAt\":\"2025-01-01T00:00:00Z\"}\n"
                        + "{\"subjectKey\":\"" + "cd".repeat(32) + "\",\"purposes\":[\"CREDIT_ASSESSMENT\"],"
                        + "\"thirdPartyProvision\":true,\"givenAt\":\"2025-01-01T00:00:00Z\"}\n")
                .exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:sz-data-exchange:problem:no-valid-consent-lines")
                .jsonPath("$.lines").isEqualTo(2)
                .jsonPath("$.rejected").isEqualTo(2)
                .jsonPath("$.errors[0].line").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("categories")
                .jsonPath("$.errors[0].message").isEqualTo("is not a known field")
                .jsonPath("$.errors[1].line").isEqualTo(2)
                .jsonPath("$.errors[1].field").isEqualTo("thirdPartyProvision");

        http.post().uri("/api/v1/consents").headers(h -> h.setBearerAuth(seller.token()))
                .contentType(MediaType.parseMediaType("application/x-ndjson")).bodyValue("\n")
                .exchange().expectStatus().isEqualTo(422).expectBody().jsonPath("$.lines").isEqualTo(0);
    }

    @Test
    void submitting_a_rejected_listing_says_to_make_a_new_version_by_patch_with_if_match() {
        UUID asset = fixtures.upload(seller, ListingFixtures.peopleCsv(ListingFixtures.residentIds(2)));
        UUID id = fixtures.createListing(seller, ListingFixtures.listingBody(asset, "Rejected for want of consent",
                ListingFixtures.identityManifest(), 1_000));
        fixtures.submit(seller, id);
        assertThat(fixtures.awaitValidation(seller.token(), id).get("verdict")).isEqualTo("REJECT");
        String etag = http.get().uri("/api/v1/listings/{id}", id).headers(h -> h.setBearerAuth(seller.token()))
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();

        Map<?, ?> refused = http.post().uri("/api/v1/listings/{id}/submit", id).headers(h -> h.setBearerAuth(seller.token()))
                .exchange().expectStatus().isEqualTo(409).expectBody(Map.class).returnResult().getResponseBody();

        assertThat((String) refused.get("detail")).contains("REJECTED", "PATCH /api/v1/listings/" + id,
                "If-Match: " + etag, "version 2");
        List<Map<String, String>> actions = (List<Map<String, String>>) refused.get("allowedActions");
        assertThat(actions).extracting(a -> a.get("action")).containsExactly("read-validation", "edit");
        assertThat(actions.get(1)).containsEntry("method", "PATCH").containsEntry("ifMatch", etag)
                .containsEntry("href", "/api/v1/listings/" + id);

        Map<?, ?> edited = http.patch().uri("/api/v1/listings/{id}", id).headers(h -> {
                    h.setBearerAuth(seller.token());
                    h.setIfMatch(actions.get(1).get("ifMatch"));
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "Second attempt"))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(edited.get("latestVersion")).isEqualTo(2);
        fixtures.submit(seller, id);
    }

    @Test
    void the_consent_import_format_and_the_queue_parameters_are_in_the_api_description() {
        Map<?, ?> docs = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> post = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) docs.get("paths")).get("/api/v1/consents")).get("post");
        Map<?, ?> content = (Map<?, ?>) ((Map<?, ?>) post.get("requestBody")).get("content");
        assertThat(((Map<?, ?>) ((Map<?, ?>) content.get("application/x-ndjson")).get("schema")).get("$ref"))
                .isEqualTo("#/components/schemas/ConsentImportLine");
        assertThat(((Map<String, ?>) post.get("responses")).keySet()).contains("422");
        Map<?, ?> line = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) docs.get("components")).get("schemas")).get("ConsentImportLine");
        assertThat(((Map<String, ?>) line.get("properties")).keySet()).containsExactlyInAnyOrder("subject", "subjectType",
                "subjectKey", "purposes", "dataCategories", "thirdPartyDisclosure", "express", "guardianConsent", "givenAt",
                "expiresAt", "withdrawnAt", "noticeVersion", "evidence");
        List<Map<?, ?>> queueParameters = (List<Map<?, ?>>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) docs.get("paths"))
                .get("/api/v1/review/queue")).get("get")).get("parameters");
        assertThat(queueParameters.stream().map(p -> (String) p.get("name")).toList()).contains("flag", "sort");
    }

    private UUID honestMinorsListing(String title) {
        LocalDate born = today.minusYears(10);
        String child = residentId(born, 2);
        List<String> adults = ListingFixtures.residentIds(3);
        List<String> lines = new ArrayList<>();
        lines.add(consent(child, born.plusYears(9), true, List.of("IDENTITY_DOCUMENT")));
        adults.forEach(a -> lines.add(consent(a, today.minusYears(1), false, List.of("IDENTITY_DOCUMENT"))));
        fixtures.importConsents(seller, lines);
        List<String> subjects = new ArrayList<>(adults);
        subjects.add(1, child);
        UUID id = listing(subjects, manifestWithMinors(), title + " " + UUID.randomUUID().toString().substring(0, 8));
        fixtures.submit(seller, id);
        return id;
    }

    private UUID listing(List<String> subjects, Map<String, Object> manifest, String title) {
        UUID asset = fixtures.upload(seller, ListingFixtures.peopleCsv(subjects));
        return fixtures.createListing(seller, ListingFixtures.listingBody(asset, title, manifest, 5_000));
    }

    private static Map<String, Object> manifestWithMinors() {
        Map<String, Object> m = new LinkedHashMap<>(ListingFixtures.identityManifest());
        m.put("personalDataCategories", List.of("IDENTITY_DOCUMENT", "MINORS"));
        return m;
    }

    /** A consent line given on {@code given}, express, with or without a guardian, naming {@code categories}. */
    private static String consent(String residentId, LocalDate given, boolean guardian, List<String> categories) {
        return "{\"subject\":\"" + residentId + "\",\"subjectType\":\"RESIDENT_ID\",\"purposes\":[\"CREDIT_ASSESSMENT\"],"
                + "\"dataCategories\":[\"" + String.join("\",\"", categories) + "\"],\"thirdPartyDisclosure\":true,"
                + "\"express\":true,\"guardianConsent\":" + guardian + ",\"givenAt\":\""
                + given.atTime(10, 0).toInstant(ZoneOffset.UTC) + "\",\"noticeVersion\":\"notice-v3\","
                + "\"evidence\":{\"receiptSha256\":\"" + ListingFixtures.sha256(residentId + given) + "\"}}";
    }

    /** A valid resident ID of someone born on {@code born}. */
    private static String residentId(LocalDate born, int sequence) {
        String body = "440305" + born.format(YMD) + String.format("%03d", 100 + sequence);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private Map<?, ?> queue(String query) {
        return http.get().uri("/api/v1/review/queue" + query).headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static List<String> ids(Map<?, ?> page) {
        return ((List<Map<?, ?>>) page.get("items")).stream().map(i -> (String) i.get("listingId")).toList();
    }

    private static Map<?, ?> item(Map<?, ?> page, UUID id) {
        return ((List<Map<?, ?>>) page.get("items")).stream().filter(i -> id.toString().equals(i.get("listingId")))
                .findFirst().orElseThrow(() -> new AssertionError(id + " is not in the queue page " + ids(page)));
    }

    private static int position(Map<?, ?> page, UUID id) {
        return ids(page).indexOf(id.toString());
    }

    private static List<Map<?, ?>> findings(Map<?, ?> validation) {
        return (List<Map<?, ?>>) ((Map<?, ?>) validation.get("report")).get("findings");
    }

    private static Map<?, ?> finding(Map<?, ?> validation, String rule, String severity) {
        return findings(validation).stream().filter(f -> rule.equals(f.get("ruleId")) && severity.equals(f.get("severity")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + severity + " " + rule + " in " + validation));
    }
}
