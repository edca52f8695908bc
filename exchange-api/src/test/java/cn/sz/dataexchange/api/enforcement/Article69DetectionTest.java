package cn.sz.dataexchange.api.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.sz.dataexchange.api.enforcement.application.RunningDetection;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.scheduling.ScheduledTask;
import cn.sz.dataexchange.api.scheduling.ScheduledTasks;
import cn.sz.dataexchange.api.scheduling.TaskRunner;
import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import cn.sz.dataexchange.api.trading.application.Trades;
import cn.sz.dataexchange.api.trading.model.PurchasedVersion;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradingConditions;
import cn.sz.dataexchange.settlement.pricing.CreditStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Art. 69 detection over recorded trades: a planted discriminatory price set opens one Art. 95 case
 * against the seller naming the evidence trades, a second run opens no duplicate, a general change of
 * the list price is not discrimination, and the scheduled run is one task per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Article69DetectionTest extends IntegrationTest {

    @Autowired
    Trades trades;
    @Autowired
    DatabaseClient db;
    @Autowired
    ScheduledTasks tasks;
    @Autowired
    TaskRunner runner;
    @Autowired
    RunningDetection running;
    @Autowired
    TransactionalOperator tx;

    Members.Member seller;
    Members.Member buyerA;
    Members.Member buyerB;
    Members.Member buyerC;

    @BeforeAll
    void parties() {
        Members members = members();
        seller = members.seller();
        buyerA = members.buyer();
        buyerB = members.buyer();
        buyerC = members.buyer();
    }

    /** A contracted trade at {@code priceFen} while the listing's list price was {@code listPriceFen}. */
    private UUID trade(UUID listing, Members.Member buyer, long priceFen, long listPriceFen) {
        TradeId id = TradeId.random();
        trades.insert(Trade.placed(id, new PurchasedVersion(listing, 1, "Footfall", UUID.randomUUID(), "0".repeat(64), 1),
                new OrgId(seller.orgId()), new OrgId(buyer.orgId()), priceFen, "STATISTICS", List.of("CN"),
                new TradingConditions(3, 1_000, CreditStatus.GOOD, "exchange", 180), Optional.empty(),
                clock.instant())).block();
        db.sql("UPDATE trades SET state = 20, list_price_fen = :list WHERE id = :id").bind("list", listPriceFen)
                .bind("id", id.value()).then().block();
        advanceClock(Duration.ofMinutes(1));
        return id.value();
    }

    private Map<?, ?> runAndWait(String token) {
        Map<?, ?> started = http.post().uri("/api/v1/cases/detection-runs").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();
        String id = (String) started.get("id");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !"RUNNING".equals(((Map<?, ?>) run(token, id).get("run")).get("state")));
        return run(token, id);
    }

    private Map<?, ?> run(String token, String id) {
        return http.get().uri("/api/v1/cases/detection-runs/{id}", id).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private long casesOn(UUID trade) {
        return db.sql("SELECT count(*) AS n FROM enforcement_case_trades WHERE trade_id = :t").bind("t", trade)
                .map(row -> row.get("n", Long.class)).one().block();
    }

    @Test
    void a_planted_discriminatory_price_set_opens_one_case_and_a_second_run_no_duplicate() {
        UUID listing = UUID.randomUUID();
        UUID cheap = trade(listing, buyerA, 100_000, 100_000);
        UUID dear = trade(listing, buyerB, 150_000, 100_000);
        String regulator = members().platformToken("REGULATOR");

        Map<?, ?> first = runAndWait(regulator);
        Map<?, ?> run = (Map<?, ?>) first.get("run");
        assertThat(run.get("state")).isEqualTo("COMPLETED");
        List<?> findings = ((List<?>) first.get("findings")).stream()
                .filter(f -> ((Map<?, ?>) f).get("listingId").equals(listing.toString())).toList();
        assertThat(findings).hasSize(1);
        Map<?, ?> finding = (Map<?, ?>) findings.get(0);
        assertThat(((List<?>) finding.get("tradeIds")).stream().map(Object::toString).toList()).containsExactlyInAnyOrder(cheap.toString(), dear.toString());
        assertThat(finding.get("caseCreated")).isEqualTo(true);
        Map<?, ?> pair = (Map<?, ?>) ((List<?>) finding.get("evidence")).get(0);
        assertThat(pair.get("cheaperTrade")).isEqualTo(cheap.toString());
        assertThat(((Number) pair.get("spreadBps")).longValue()).isEqualTo(3_333);

        http.get().uri("/api/v1/cases/{id}", finding.get("caseId")).headers(h -> h.setBearerAuth(seller.token()))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.source").isEqualTo("ART69_DETECTION").jsonPath("$.penaltyArticle").isEqualTo(95)
                .jsonPath("$.respondent").isEqualTo(seller.orgId().toString());

        Map<?, ?> second = runAndWait(members().adminToken());
        Map<?, ?> again = (Map<?, ?>) ((List<?>) second.get("findings")).stream()
                .filter(f -> ((Map<?, ?>) f).get("listingId").equals(listing.toString())).findFirst().orElseThrow();
        assertThat(again.get("caseId")).isEqualTo(finding.get("caseId"));
        assertThat(again.get("caseCreated")).isEqualTo(false);
        assertThat(casesOn(cheap)).isEqualTo(1);
        assertThat(casesOn(dear)).isEqualTo(1);
    }

    @Test
    void a_general_change_of_the_list_price_is_not_discrimination() {
        UUID listing = UUID.randomUUID();
        UUID before = trade(listing, buyerA, 100_000, 100_000);
        UUID after = trade(listing, buyerC, 150_000, 150_000);

        Map<?, ?> result = runAndWait(members().adminToken());

        assertThat((List<?>) result.get("findings")).noneMatch(f -> ((Map<?, ?>) f).get("listingId").equals(listing.toString()));
        assertThat(casesOn(before)).isZero();
        assertThat(casesOn(after)).isZero();
    }

    @Test
    void a_sellers_free_text_never_exempts_but_a_need_from_the_vocabulary_confirmed_by_staff_does() {
        UUID listing = UUID.randomUUID();
        UUID cheap = trade(listing, buyerA, 100_000, 100_000);
        UUID dear = trade(listing, buyerB, 150_000, 100_000);
        db.sql("UPDATE trades SET exemption_claim = 'the buyer needed it exclusively' WHERE id = :id").bind("id", dear)
                .then().block();
        String admin = members().adminToken();

        Map<?, ?> first = runAndWait(admin);
        Map<?, ?> finding = (Map<?, ?>) ((List<?>) first.get("findings")).stream()
                .filter(f -> ((Map<?, ?>) f).get("listingId").equals(listing.toString())).findFirst().orElseThrow();
        String caseId = (String) finding.get("caseId");

        http.post().uri("/api/v1/cases/{id}/confirmed-needs", caseId).headers(h -> h.setBearerAuth(admin))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tradeId", dear.toString(), "need", "the buyer needed it exclusively", "reason", "r"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("Art. 69 item 1"));
        http.post().uri("/api/v1/cases/{id}/confirmed-needs", caseId).headers(h -> h.setBearerAuth(admin))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tradeId", dear.toString(), "need", "EXCLUSIVE_LICENCE",
                        "reason", "clause 4 of the contract grants an exclusive licence"))
                .exchange().expectStatus().isOk();

        Map<?, ?> second = runAndWait(admin);
        assertThat((List<?>) second.get("findings")).noneMatch(f -> ((Map<?, ?>) f).get("listingId").equals(listing.toString()));
        assertThat(casesOn(cheap)).isEqualTo(1);
    }

    @Test
    void the_scheduled_run_is_one_task_per_database_and_schedules_the_next() {
        String subject = RunningDetection.SCHEDULE_SUBJECT;
        ScheduledTask task = ScheduledTask.due(RunningDetection.SCHEDULE, subject, "{}", clock.instant(), 3);
        assertThat(running.ensureScheduled().block()).as("the test configuration turns the schedule off").isFalse();
        assertThat(tx.transactional(tasks.scheduleUnlessOpen(task)).block()).isTrue();
        ScheduledTask second = ScheduledTask.due(RunningDetection.SCHEDULE, subject, "{}", clock.instant(), 3);
        assertThat(tx.transactional(tasks.scheduleUnlessOpen(second)).block()).isFalse();
        long runsBefore = db.sql("SELECT count(*) AS n FROM art69_detection_runs WHERE trigger = 'SCHEDULED'")
                .map(row -> row.get("n", Long.class)).one().block();

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            runner.pollOnce().block();
            return tasks.openTasksOf(subject).collectList().block().stream()
                    .noneMatch(t -> t.id().equals(task.id()));
        });

        long runsAfter = db.sql("SELECT count(*) AS n FROM art69_detection_runs WHERE trigger = 'SCHEDULED'")
                .map(row -> row.get("n", Long.class)).one().block();
        assertThat(runsAfter).isEqualTo(runsBefore + 1);
        List<ScheduledTask> open = tasks.openTasksOf(subject).collectList().block();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).dueAt()).isAfter(clock.instant().plus(Duration.ofHours(23)));
    }
}
