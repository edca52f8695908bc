package cn.sz.dataexchange.api.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.enforcement.support.EnforcementFixture;
import cn.sz.dataexchange.api.payment.application.Journal;
import cn.sz.dataexchange.api.scheduling.TaskRunner;
import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import cn.sz.dataexchange.api.trading.application.Trades;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Manual findings and complaints open exactly one case each; Art. 95 cases are decided in both tiers,
 * the serious tier needs the turnover, and a correction deadline that passes counts as a refusal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseSourcesAndArticle95Test extends IntegrationTest {

    @Autowired
    Trades trades;
    @Autowired
    Journal journal;
    @Autowired
    TaskRunner runner;
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
        seller = members().seller();
        buyer = members().buyer();
    }

    /** Fresh tokens for every test: one test moves the clock past the tokens' lifetime. */
    @BeforeEach
    void tokens() {
        Members members = members();
        seller = new Members.Member(seller.orgId(), seller.clientId(), seller.clientSecret(),
                members.token(seller.clientId(), seller.clientSecret()), seller.creditCode());
        buyer = new Members.Member(buyer.orgId(), buyer.clientId(), buyer.clientSecret(),
                members.token(buyer.clientId(), buyer.clientSecret()), buyer.creditCode());
        admin = members.adminToken();
        regulator = members.platformToken("REGULATOR");
    }

    private UUID trade(long priceFen) {
        return trade(seller, priceFen);
    }

    private UUID trade(Members.Member sellingOrg, long priceFen) {
        return fixture.paidTrade(sellingOrg.orgId(), buyer.orgId(), EnforcementFixture.listing(), priceFen);
    }

    private long casesOn(UUID trade) {
        return db.sql("SELECT count(*) AS n FROM enforcement_case_trades WHERE trade_id = :t").bind("t", trade)
                .map(row -> row.get("n", Long.class)).one().block();
    }

    @Test
    void a_manual_finding_opens_exactly_one_case_and_names_the_listing_versions_of_its_trades() {
        UUID trade = trade(10_000);
        Map<String, Object> finding = EnforcementFixture.finding(69, seller.orgId(), List.of(trade));

        Map<?, ?> opened = fixture.open(regulator, finding).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody();
        fixture.open(admin, finding).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.caseId").isEqualTo(opened.get("id"));

        assertThat(casesOn(trade)).isEqualTo(1);
        assertThat(opened.get("state")).isEqualTo("OPENED");
        assertThat(opened.get("penaltyArticle")).isEqualTo(95);
        assertThat((List<?>) opened.get("listingVersions")).hasSize(1);
    }

    @Test
    void a_finding_naming_another_sellers_trade_is_refused_and_writes_nothing() {
        UUID trade = trade(10_000);
        fixture.open(admin, EnforcementFixture.finding(67, buyer.orgId(), List.of(trade))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("not a sale of the respondent"));
        fixture.open(admin, EnforcementFixture.finding(70, seller.orgId(), List.of(trade))).expectStatus().isBadRequest();
        assertThat(casesOn(trade)).isZero();
    }

    @Test
    void a_complaint_opens_exactly_one_case_against_the_seller_and_only_the_buyer_of_the_trade_may_file_it() {
        UUID trade = trade(10_000);
        Members.Member stranger = members().buyer();
        http.post().uri("/api/v1/cases/complaints").headers(h -> h.setBearerAuth(stranger.token()))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tradeId", trade.toString(), "violatedArticle", 69, "text", "charged more"))
                .exchange().expectStatus().isNotFound();
        UUID complaint = UUID.fromString((String) fixture.complain(buyer.token(), trade).get("id"));

        Map<?, ?> opened = http.post().uri("/api/v1/cases/complaints/{id}/case", complaint)
                .headers(h -> h.setBearerAuth(admin)).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "the complaint names a product with personal data")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        http.post().uri("/api/v1/cases/complaints/{id}/case", complaint).headers(h -> h.setBearerAuth(admin))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "again"))
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.caseId").isEqualTo(opened.get("id"));

        assertThat(opened.get("respondent")).isEqualTo(seller.orgId().toString());
        assertThat(opened.get("source")).isEqualTo("COMPLAINT");
        assertThat(casesOn(trade)).isEqualTo(1);
        http.get().uri("/api/v1/cases/complaints").headers(h -> h.setBearerAuth(buyer.token())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].caseId").isEqualTo(opened.get("id"));
    }

    @Test
    void art95_without_refusal_or_seriousness_confiscates_only_and_a_fine_is_outside_the_range() {
        UUID id = fixture.referred(admin, EnforcementFixture.finding(69, seller.orgId(), List.of(trade(300_000))));

        fixture.post(regulator, id, "decision", Map.of("fineFen", 100, "reasons", "r")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").value(t -> assertThat((String) t).endsWith("fine-outside-statutory-range"))
                .jsonPath("$.article").isEqualTo(95);
        fixture.post(regulator, id, "decision", Map.of("fineFen", 0, "reasons", "first finding, corrected at once"))
                .expectStatus().isOk().expectBody().jsonPath("$.decision.confiscationFen").isEqualTo(300_000)
                .jsonPath("$.decision.document.assessment.readings[1].code")
                .isEqualTo("art95.no-fine-without-refusal-or-seriousness");
    }

    @Test
    void art95_serious_tier_needs_the_turnover_and_has_no_statutory_minimum() {
        Members.Member respondent = members().seller();
        java.time.ZoneId china = java.time.ZoneId.of("Asia/Shanghai");
        int lastYear = clock.instant().atZone(china).getYear() - 1;
        UUID sold = fixture.paidTrade(respondent.orgId(), buyer.orgId(), EnforcementFixture.listing(), 123_400);
        fixture.release(sold, respondent.orgId(), buyer.orgId(), 123_400,
                java.time.LocalDate.of(lastYear, 6, 1).atStartOfDay(china).toInstant());
        UUID thisYear = fixture.paidTrade(respondent.orgId(), buyer.orgId(), EnforcementFixture.listing(), 99_900);
        fixture.release(thisYear, respondent.orgId(), buyer.orgId(), 99_900, clock.instant());
        UUID id = fixture.referred(admin, EnforcementFixture.finding(69, respondent.orgId(), List.of(trade(respondent,
                300_000))));
        Map<String, Object> serious = new HashMap<>(Map.of("fineFen", 100, "reasons", "systematic discrimination",
                "seriousCircumstances", true));

        fixture.post(regulator, id, "decision", serious).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").value(t -> assertThat((String) t).endsWith("turnover-required"))
                .jsonPath("$.article").isEqualTo(95);
        serious.put("previousYearTurnover", Map.of("amountFen", 200_000_000_00L, "source", "audited accounts 2025"));
        serious.put("fineFen", 10_000_000_01L);
        fixture.post(regulator, id, "decision", serious).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.minimumFen").isEqualTo(0).jsonPath("$.maximumFen").isEqualTo(10_000_000_00L);
        serious.put("fineFen", 100);
        fixture.post(regulator, id, "decision", serious).expectStatus().isOk()
                .expectBody().jsonPath("$.decision.fineFen").isEqualTo(100)
                .jsonPath("$.decision.document.facts.previousYearTurnover.source").isEqualTo("audited accounts 2025")
                .jsonPath("$.decision.document.assessment.statutoryFineRange.minimumFen").isEqualTo(0)
                .jsonPath("$.decision.document.assessment.proposedFineFen").isEqualTo(2_500_000_00L)
                .jsonPath("$.decision.document.facts.salesOnThisExchange.year").isEqualTo(lastYear)
                .jsonPath("$.decision.document.facts.salesOnThisExchange.amountFen").isEqualTo(123_400)
                .jsonPath("$.decision.document.facts.salesOnThisExchange.label")
                .value(l -> assertThat((String) l).startsWith("lower bound only"));
    }

    @Test
    void a_correction_deadline_that_passes_counts_as_a_refusal_and_opens_the_refusal_range() {
        UUID id = fixture.referred(admin, EnforcementFixture.finding(69, seller.orgId(), List.of(trade(300_000))));
        fixture.post(regulator, id, "correction-order", Map.of("requirements", "publish one price to all",
                "deadline", clock.instant().minusSeconds(1).toString())).expectStatus().isBadRequest();
        fixture.post(regulator, id, "correction-order", Map.of("requirements", "publish one price to all",
                "deadline", clock.instant().plus(Duration.ofDays(15)).toString())).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CORRECTION_ORDERED");
        fixture.post(seller.token(), id, "statements", Map.of("statement", "the prices differ by delivery terms"))
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("CORRECTION_ORDERED");

        advanceClock(Duration.ofDays(15).plusMinutes(1));
        runner.pollOnce().block();
        tokens();

        http.get().uri("/api/v1/cases/{id}", id).headers(h -> h.setBearerAuth(seller.token())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("CORRECTION_REFUSED");
        fixture.post(regulator, id, "decision", Map.of("fineFen", 4_999_999, "reasons", "r")).expectStatus()
                .isEqualTo(422).expectBody().jsonPath("$.minimumFen").isEqualTo(5_000_000)
                .jsonPath("$.maximumFen").isEqualTo(50_000_000);
        fixture.post(regulator, id, "decision", Map.of("fineFen", 5_000_000, "reasons", "refused to correct"))
                .expectStatus().isOk();
        List<?> events = http.get().uri("/api/v1/cases/{id}/events", id).headers(h -> h.setBearerAuth(regulator))
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(events).extracting(e -> (Object) ((Map<?, ?>) e).get("event")).containsExactly("OPEN", "INVESTIGATE",
                "REFER", "ORDER_CORRECTION", "STATEMENT_SUBMITTED", "CORRECTION_DEADLINE_PASSED", "DECIDE");
        assertThat(((Map<?, ?>) events.get(5)).get("actor")).isEqualTo("system");
    }

    @Test
    void the_list_filters_by_state_article_respondent_and_opening_time_and_a_member_sees_only_its_own() {
        UUID trade = trade(10_000);
        UUID id = fixture.opened(admin, EnforcementFixture.finding(68, seller.orgId(), List.of(trade)));
        String from = clock.instant().minusSeconds(1).toString();

        http.get().uri(u -> u.path("/api/v1/cases").queryParam("state", "OPENED").queryParam("article", 68)
                        .queryParam("respondent", seller.orgId()).queryParam("openedFrom", from).build())
                .headers(h -> h.setBearerAuth(regulator)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").exists();
        http.get().uri(u -> u.path("/api/v1/cases").queryParam("state", "CLOSED").queryParam("respondent", seller.orgId())
                        .build())
                .headers(h -> h.setBearerAuth(regulator)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist();
        http.get().uri("/api/v1/cases").headers(h -> h.setBearerAuth(buyer.token())).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist();
        http.get().uri("/api/v1/cases").headers(h -> h.setBearerAuth(seller.token())).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").exists();
        http.get().uri("/api/v1/cases?article=70").headers(h -> h.setBearerAuth(regulator)).exchange()
                .expectStatus().isBadRequest();
    }
}
