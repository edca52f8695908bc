package cn.sz.dataexchange.api.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.sz.dataexchange.api.listings.ListingFixtures;
import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/** The consent ledger through HTTP: streamed imports by line, withdrawals as events, coverage figures. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentLedgerTest extends IntegrationTest {

    @Autowired
    DatabaseClient db;

    private ListingFixtures fixtures;
    private Members.Member seller;
    private String admin;

    @BeforeAll
    void createMembers() {
        fixtures = new ListingFixtures(http);
        seller = members().seller();
        admin = members().adminToken();
    }

    @Test
    void an_import_keeps_good_lines_and_reports_bad_ones_by_line_number() {
        List<String> ids = ListingFixtures.residentIds(3);
        Map<?, ?> summary = fixtures.importConsents(seller, List.of(ListingFixtures.consentLine(ids.get(0)),
                "{\"subject\":\"x\",\"subjectType\":\"RESIDENT_ID\",\"purposes\":[\"TELEPATHY\"]}",
                ListingFixtures.consentLine(ids.get(1)), "", "not json", ListingFixtures.consentLine(ids.get(2))));

        assertThat(summary.get("lines")).isEqualTo(5);
        assertThat(summary.get("accepted")).isEqualTo(3);
        assertThat(summary.get("rejected")).isEqualTo(2);
        List<?> errors = (List<?>) summary.get("errors");
        assertThat(errors.stream().map(e -> ((Map<?, ?>) e).get("line")).toList()).isEqualTo(List.of(2, 5));
        assertThat(((Map<?, ?>) errors.get(0)).get("field")).isEqualTo("purposes[0]");
        assertThat(summary.get("errorsTruncated")).isEqualTo(false);
    }

    @Test
    void a_large_import_streams_through_in_one_request() {
        Members.Member bulk = members().seller();
        int lines = 100_000;
        Flux<DataBuffer> body = Flux.range(0, lines / 1000).map(chunk -> {
            StringBuilder text = new StringBuilder();
            for (int i = chunk * 1000; i < (chunk + 1) * 1000; i++) {
                text.append("{\"subjectKey\":\"").append(String.format("%064x", i)).append("\",\"purposes\":[\"STATISTICS\"],")
                        .append("\"givenAt\":\"2025-01-01T00:00:00Z\",\"noticeVersion\":\"v1\",\"evidence\":{\"receiptSha256\":\"")
                        .append(String.format("%064x", i + 1)).append("\"}}\n");
            }
            return DefaultDataBufferFactory.sharedInstance.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        });
        Map<?, ?> summary = http.post().uri("/api/v1/consents").headers(h -> h.setBearerAuth(bulk.token()))
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body(BodyInserters.fromDataBuffers(body))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(summary.get("accepted")).isEqualTo(lines);
        assertThat(count("SELECT count(*) AS n FROM consent_records WHERE org_id = :org", bulk.orgId())).isEqualTo(lines);
    }

    @Test
    void an_interrupted_import_keeps_nothing() {
        Members.Member broken = members().seller();
        Flux<DataBuffer> body = Flux.concat(Flux.range(0, 50).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(
                        (ListingFixtures.consentLine(ListingFixtures.residentId()) + "\n").getBytes(StandardCharsets.UTF_8))),
                Flux.error(new IllegalStateException("client went away")));
        try {
            http.post().uri("/api/v1/consents").headers(h -> h.setBearerAuth(broken.token()))
                    .contentType(MediaType.parseMediaType("application/x-ndjson"))
                    .body(BodyInserters.fromDataBuffers(body)).exchange().returnResult(String.class);
        } catch (RuntimeException expected) {
            assertThat(expected).hasStackTraceContaining("client went away");
        }

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() ->
                count("SELECT count(*) AS n FROM consent_records WHERE org_id = :org", broken.orgId()) == 0);
    }

    @Test
    void a_withdrawal_for_some_purposes_ends_the_record_and_continues_the_rest() {
        String subject = ListingFixtures.residentId();
        fixtures.importConsents(seller, List.of(ListingFixtures.consentLine(subject)));

        Map<?, ?> outcome = withdraw(seller.token(), Map.of("subjects", List.of(Map.of("subject", subject,
                "subjectType", "RESIDENT_ID")), "purposes", List.of("RISK_CONTROL"), "reason", "no more risk scoring"));

        assertThat(outcome.get("recordsWithdrawn")).isEqualTo(1);
        assertThat(outcome.get("recordsContinued")).isEqualTo(1);
        UUID withdrawal = UUID.fromString((String) outcome.get("withdrawalId"));
        assertThat(count("SELECT count(*) AS n FROM consent_records WHERE withdrawal_id = :org AND withdrawn_at IS NOT NULL",
                withdrawal)).isEqualTo(1);
        assertThat(count("""
                SELECT count(*) AS n FROM consent_records c JOIN consent_records o ON o.id = c.derived_from
                WHERE o.withdrawal_id = :org AND c.withdrawn_at IS NULL AND c.purposes = 2""", withdrawal)).isEqualTo(1);
        assertThat(count("SELECT count(*) AS n FROM consent_withdrawals WHERE id = :org", withdrawal)).isEqualTo(1);
    }

    @Test
    void an_administrator_records_a_withdrawal_for_a_named_seller_only() {
        Map<String, Object> body = Map.of("subjects", List.of(Map.of("subjectKey", "d".repeat(64))), "reason", "complaint");
        http.post().uri("/api/v1/consents/withdrawals").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("sellerOrgId");
        Map<String, Object> named = new java.util.HashMap<>(body);
        named.put("sellerOrgId", seller.orgId().toString());
        assertThat(withdraw(admin, named).get("subjects")).isEqualTo(1);
        named.put("withdrawnAt", "2999-01-01T00:00:00Z");
        http.post().uri("/api/v1/consents/withdrawals").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(named).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("withdrawnAt");
    }

    @Test
    void coverage_shows_the_validation_figures_and_the_subjects_withdrawn_since() {
        Members.Member own = members().seller();
        List<String> ids = ListingFixtures.residentIds(3);
        fixtures.importConsents(own, ids.stream().map(ListingFixtures::consentLine).toList());
        UUID asset = fixtures.upload(own, ListingFixtures.peopleCsv(ids));
        UUID id = fixtures.createListing(own, ListingFixtures.listingBody(asset, "Coverage", ListingFixtures.identityManifest(), 10));
        fixtures.submit(own, id);
        fixtures.awaitValidation(own.token(), id);

        withdraw(own.token(), Map.of("subjects", List.of(Map.of("subject", ids.get(0), "subjectType", "RESIDENT_ID")),
                "reason", "withdrawn"));

        http.get().uri("/api/v1/consents/coverage?listing={id}", id).headers(h -> h.setBearerAuth(own.token()))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.counts.subjects").isEqualTo(3)
                .jsonPath("$.counts.covered").isEqualTo(3)
                .jsonPath("$.coverage").isEqualTo("100.00%")
                .jsonPath("$.subjectsWithdrawnSince").isEqualTo(1);
    }

    private Map<?, ?> withdraw(String token, Map<String, Object> body) {
        return http.post().uri("/api/v1/consents/withdrawals").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private long count(String sql, UUID id) {
        return db.sql(sql).bind("org", id).map(row -> row.get("n", Long.class)).one().block();
    }
}
