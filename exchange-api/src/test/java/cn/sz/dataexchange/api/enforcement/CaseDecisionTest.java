package cn.sz.dataexchange.api.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.audit.AuditEvent;
import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.enforcement.support.EnforcementFixture;
import cn.sz.dataexchange.api.payment.application.Journal;
import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import cn.sz.dataexchange.api.trading.application.Trades;
import cn.sz.dataexchange.contracts.json.CanonicalJson;
import cn.sz.dataexchange.contracts.signing.DocumentSigning;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Art. 94 cases decided over HTTP: illegal income from the ledger (refunds deducted), both brackets and
 * exactly RMB 10,000, the signed decision document chained in the audit log, and the refusals that
 * write nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseDecisionTest extends IntegrationTest {

    @Autowired
    Trades trades;
    @Autowired
    Journal journal;
    @Autowired
    AuditLog audit;
    @Autowired
    DatabaseClient db;

    EnforcementFixture fixture;
    Members.Member seller;
    Members.Member buyer;
    String admin;
    String regulator;

    @BeforeAll
    void parties() {
        fixture = new EnforcementFixture(http, trades, journal, clock);
        Members members = members();
        seller = members.seller();
        buyer = members.buyer();
        admin = members.adminToken();
        regulator = members.platformToken("REGULATOR");
    }

    private UUID art94CaseWithIncome(long... pricesFen) {
        EnforcementFixture.Listing listing = EnforcementFixture.listing();
        List<UUID> sold = new java.util.ArrayList<>();
        for (long price : pricesFen) {
            sold.add(fixture.paidTrade(seller.orgId(), buyer.orgId(), listing, price));
        }
        return fixture.referred(admin, EnforcementFixture.finding(67, seller.orgId(), sold));
    }

    private static Map<String, Object> decision(long fineFen) {
        return new HashMap<>(Map.of("fineFen", fineFen, "reasons", "the respondent sold personal data without consent"));
    }

    @Test
    void income_below_ten_thousand_yuan_is_fined_exactly_fifty_thousand_and_a_refund_is_deducted() {
        EnforcementFixture.Listing listing = EnforcementFixture.listing();
        UUID kept = fixture.paidTrade(seller.orgId(), buyer.orgId(), listing, 900_000_00L / 100);
        UUID refunded = fixture.paidTrade(seller.orgId(), buyer.orgId(), listing, 300_000);
        fixture.refund(refunded, seller.orgId(), buyer.orgId(), 300_000);
        UUID id = fixture.referred(admin, EnforcementFixture.finding(67, seller.orgId(), List.of(kept, refunded)));

        fixture.post(regulator, id, "decision", decision(60_000_00)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").value(t -> assertThat((String) t).endsWith("fine-outside-statutory-range"))
                .jsonPath("$.article").isEqualTo(94)
                .jsonPath("$.minimumFen").isEqualTo(5_000_000).jsonPath("$.maximumFen").isEqualTo(5_000_000);

        Map<?, ?> decided = fixture.post(regulator, id, "decision", decision(5_000_000)).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> document = (Map<?, ?>) ((Map<?, ?>) decided.get("decision")).get("document");
        Map<?, ?> income = (Map<?, ?>) document.get("illegalIncome");
        assertThat(((Number) income.get("grossFen")).longValue()).isEqualTo(1_200_000);
        assertThat(((Number) income.get("refundedFen")).longValue()).isEqualTo(300_000);
        assertThat(((Number) income.get("netFen")).longValue()).isEqualTo(900_000);
        List<?> lines = (List<?>) income.get("lines");
        assertThat(values(lines, "tradeId")).contains(kept.toString(), refunded.toString());
        assertThat(values(lines, "counts")).contains("GROSS", "REFUND", "INFORMATION");
        Map<?, ?> assessment = (Map<?, ?>) document.get("assessment");
        assertThat(values((List<?>) assessment.get("readings"), "code"))
                .contains("art94.lower-bracket-fixed", "apl28.illegal-income-net-of-refunds");
        assertThat(((Map<?, ?>) decided.get("decidedCase")).get("state")).isEqualTo("DECIDED");
    }

    @Test
    void income_of_exactly_ten_thousand_yuan_is_in_the_upper_bracket() {
        UUID id = art94CaseWithIncome(600_000, 400_000);

        fixture.post(regulator, id, "decision", decision(5_000_000)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.minimumFen").isEqualTo(20_000_000).jsonPath("$.maximumFen").isEqualTo(100_000_000);
        Map<?, ?> decided = fixture.post(regulator, id, "decision", decision(20_000_000)).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> document = (Map<?, ?>) ((Map<?, ?>) decided.get("decision")).get("document");
        assertThat(((Number) ((Map<?, ?>) document.get("illegalIncome")).get("netFen")).longValue()).isEqualTo(1_000_000);
        assertThat(values((List<?>) ((Map<?, ?>) document.get("assessment")).get("readings"), "code")).contains("art94.threshold-in-upper-bracket")
                .doesNotContain("art94.lower-bracket-fixed");
        assertThat((List<?>) ((Map<?, ?>) document.get("assessment")).get("reviewNotes"))
                .anyMatch(n -> ((String) n).contains("exactly RMB 10,000"));
    }

    @Test
    void the_regulator_may_set_aside_the_threshold_reading_with_a_reason_and_the_document_records_it() {
        UUID id = art94CaseWithIncome(1_000_000);
        Map<String, Object> wrongArticle = decision(5_000_000);
        wrongArticle.put("readingOverrides", List.of(Map.of("code", "art95.serious-tier-no-minimum", "reason", "r")));
        fixture.post(regulator, id, "decision", wrongArticle).expectStatus().isBadRequest();
        Map<String, Object> unreasoned = decision(5_000_000);
        unreasoned.put("readingOverrides", List.of(Map.of("code", "art94.threshold-in-upper-bracket")));
        fixture.post(regulator, id, "decision", unreasoned).expectStatus().isBadRequest();

        Map<String, Object> setAside = decision(5_000_000);
        setAside.put("readingOverrides", List.of(Map.of("code", "art94.threshold-in-upper-bracket",
                "reason", "the official text reads 超过一万元 for the upper bracket")));
        Map<?, ?> decided = fixture.post(regulator, id, "decision", setAside).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> assessment = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) decided.get("decision")).get("document"))
                .get("assessment");
        assertThat(values((List<?>) assessment.get("readingsSetAside"), "code"))
                .containsExactly("art94.threshold-in-upper-bracket");
        assertThat(values((List<?>) assessment.get("readings"), "code")).doesNotContain("art94.threshold-in-upper-bracket");
        assertThat(((Map<?, ?>) assessment.get("statutoryFineRange")).get("maximumFen")).isEqualTo(5_000_000);
    }

    @Test
    void income_above_ten_thousand_yuan_is_fined_within_two_hundred_thousand_and_one_million() {
        UUID id = art94CaseWithIncome(1_000_001);

        fixture.post(regulator, id, "decision", decision(100_000_001)).expectStatus().isEqualTo(422);
        fixture.post(regulator, id, "decision", decision(100_000_000)).expectStatus().isOk()
                .expectBody().jsonPath("$.decision.fineFen").isEqualTo(100_000_000)
                .jsonPath("$.decision.confiscationFen").isEqualTo(1_000_001);
    }

    @Test
    void the_decision_is_signed_by_the_exchange_rendered_in_both_languages_and_chained_in_the_audit_log() {
        UUID id = art94CaseWithIncome(500_000);
        fixture.post(regulator, id, "decision", decision(5_000_000)).expectStatus().isOk();

        Map<?, ?> stored = http.get().uri("/api/v1/cases/{id}/decision", id).headers(h -> h.setBearerAuth(seller.token()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        CanonicalJson document = CanonicalJson.of(stored.get("document"));
        assertThat(document.digest().hex()).isEqualTo(stored.get("documentSha256"));
        String publicJwk = db.sql("SELECT public_jwk FROM exchange_signing_keys WHERE kid = :kid")
                .bind("kid", stored.get("kid")).map(row -> row.get("public_jwk", String.class)).one().block();
        assertThat(DocumentSigning.verify((String) stored.get("jws"), document, "enforcement-decision", publicJwk)).isTrue();

        String zh = http.get().uri("/api/v1/cases/{id}/decision?format=zh", id).headers(h -> h.setBearerAuth(regulator))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        String en = http.get().uri("/api/v1/cases/{id}/decision?format=en", id).headers(h -> h.setBearerAuth(regulator))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(zh).contains("行政处罚决定", "违法所得", "Article 94", "Article 67", "¥50,000.00");
        assertThat(en).contains("Illegal income", "Article 94", "Steps of the computation", "art94.lower-bracket-fixed");

        List<AuditEvent> chain = audit.stream("case:" + id).collectList().block();
        assertThat(chain).extracting(AuditEvent::action).containsExactly("case.open", "case.investigate", "case.refer",
                "case.decide");
        assertThat(chain.get(3).payload()).contains((String) stored.get("documentSha256"));
        assertThat(chain.get(3).prevHash()).isEqualTo(chain.get(2).hash());
    }

    @Test
    void refusals_write_nothing_and_name_the_rule() {
        UUID id = art94CaseWithIncome(500_000);
        Map<String, Object> override = decision(5_000_000);
        override.put("illegalIncomeOverride", Map.of("netFen", 1));

        fixture.post(regulator, id, "decision", override).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").value(t -> assertThat((String) t)
                        .endsWith("illegal-income-override-without-reason"))
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("Art. 28"));
        Map<String, Object> serious = decision(5_000_000);
        serious.put("seriousCircumstances", true);
        fixture.post(regulator, id, "decision", serious).expectStatus().isBadRequest();
        fixture.post(seller.token(), id, "decision", decision(5_000_000)).expectStatus().isForbidden();
        fixture.post(admin, id, "decision", decision(5_000_000)).expectStatus().isForbidden();

        http.get().uri("/api/v1/cases/{id}/decision", id).headers(h -> h.setBearerAuth(regulator)).exchange()
                .expectStatus().isNotFound();
        assertThat(events(id)).isEqualTo(3);

        Map<String, Object> reasoned = decision(20_000_000);
        reasoned.put("illegalIncomeOverride", Map.of("netFen", 1_500_000, "reason", "a sale paid outside the exchange"));
        fixture.post(regulator, id, "decision", reasoned).expectStatus().isOk()
                .expectBody().jsonPath("$.decision.document.illegalIncome.computedNetFen").isEqualTo(500_000)
                .jsonPath("$.decision.document.illegalIncome.netFen").isEqualTo(1_500_000)
                .jsonPath("$.decision.document.illegalIncome.override.reason").isEqualTo("a sale paid outside the exchange");
        fixture.post(regulator, id, "decision", decision(20_000_000)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.currentStatus").isEqualTo("DECIDED");
    }

    @Test
    void a_dismissed_case_cannot_be_decided_and_a_closed_one_neither() {
        UUID dismissed = art94CaseWithIncome(500_000);
        fixture.post(regulator, dismissed, "dismissal", Map.of("reason", "consent was in fact given")).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("DISMISSED");
        fixture.post(regulator, dismissed, "decision", decision(5_000_000)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.currentStatus").isEqualTo("DISMISSED");

        UUID closed = art94CaseWithIncome(500_000);
        fixture.post(regulator, closed, "decision", decision(5_000_000)).expectStatus().isOk();
        fixture.post(admin, closed, "enforcement", Map.of("reason", "fine and confiscation collected")).expectStatus().isOk();
        fixture.post(admin, closed, "closure", Map.of("reason", "done")).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CLOSED");
        fixture.post(regulator, closed, "decision", decision(5_000_000)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.currentStatus").isEqualTo("CLOSED");
        assertThat(events(closed)).isEqualTo(6);
    }

    private static List<Object> values(List<?> maps, String key) {
        return maps.stream().map(m -> (Object) ((Map<?, ?>) m).get(key)).toList();
    }

    private long events(UUID id) {
        return db.sql("SELECT count(*) AS n FROM enforcement_case_events WHERE case_id = :id").bind("id", id)
                .map(row -> row.get("n", Long.class)).one().block();
    }
}
