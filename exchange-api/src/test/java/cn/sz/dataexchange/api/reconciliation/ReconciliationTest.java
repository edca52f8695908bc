package cn.sz.dataexchange.api.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.payment.application.PaymentGateway;
import cn.sz.dataexchange.api.reconciliation.application.DailyReconciliation;
import cn.sz.dataexchange.api.reconciliation.application.ReconcilingWithGateway;
import cn.sz.dataexchange.api.reconciliation.model.ReconciliationRun;
import cn.sz.dataexchange.api.scheduling.ScheduledTask;
import cn.sz.dataexchange.api.scheduling.ScheduledTasks;
import cn.sz.dataexchange.api.statements.model.StatementPeriod;
import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.trading.support.TradingFixture;
import cn.sz.dataexchange.settlement.ledger.JournalEntry;
import cn.sz.dataexchange.settlement.ledger.OrgId;
import cn.sz.dataexchange.settlement.ledger.Posting;
import cn.sz.dataexchange.settlement.ledger.TradeId;
import cn.sz.dataexchange.settlement.ledger.TradeJournal;
import cn.sz.dataexchange.settlement.ledger.TradeParties;
import cn.sz.dataexchange.settlement.money.Money;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Reconciliation against the embedded gateway and the real journal. The database and the gateway are
 * shared with the other tests (whose trades may leave real disagreements, e.g. an escrow a terminated
 * trade never recorded), so assertions are about the operations each test makes or plants.
 */
class ReconciliationTest extends IntegrationTest {

    @Autowired
    ReconcilingWithGateway reconciling;

    @Autowired
    PaymentGateway gateway;

    @Autowired
    DatabaseClient db;

    @Autowired
    MeterRegistry meters;

    @Autowired
    AuditLog audit;

    @Autowired
    ScheduledTasks tasks;

    @Autowired
    ApplicationContext context;

    /** The gateway's day (the embedded simulator keeps the system's time; the exchange's clock may have moved on). */
    private static StatementPeriod gatewayToday() {
        LocalDate today = LocalDate.now(java.time.Clock.system(StatementPeriod.ZONE));
        return StatementPeriod.of(today, today);
    }

    @Test
    void a_normal_day_agrees_and_is_audited() {
        TradingFixture fixture = new TradingFixture(http, clock, context);
        var seller = fixture.party("SELLER");
        var buyer = fixture.party("BUYER");
        UUID trade = fixture.tradeIn("SETTLED", seller, buyer, fixture.listed(seller, 88_888));
        List<String> references = db.sql("SELECT reference FROM journal_entries WHERE trade_id = :t")
                .bind("t", trade.toString()).map(r -> r.get("reference", String.class)).all().collectList().block();
        assertThat(references).hasSize(2); // the escrow id and the release key; the payout has no trade id

        ReconciliationRun run = reconciling.reconcile(gatewayToday(), "test").block();

        assertThat(run.state()).isEqualTo(ReconciliationRun.RunState.COMPLETED);
        assertThat(run.matched()).isGreaterThanOrEqualTo(3);
        assertThat(mismatchesAbout(references)).isZero();
        assertThat(mismatchesAbout(List.of("payout:" + trade))).isZero();
        assertThat(audit.stream("reconciliation:" + run.id()).map(e -> e.action()).collectList().block())
                .containsExactly("reconciliation.started", "reconciliation.completed");
    }

    @Test
    void each_kind_of_mismatch_is_reported_once_with_both_records_and_counted() {
        StatementPeriod period = gatewayToday();
        Instant inPeriod = Instant.now();
        // missing in the journal: the gateway holds money the exchange never recorded
        String unrecorded = escrowAtGateway(777);
        // missing at the gateway: the journal records an escrow the gateway never opened
        String invented = "esc_never_" + UUID.randomUUID();
        journalEscrow(invented, 555, inPeriod);
        // amount differs: one fen more in the journal
        String differing = escrowAtGateway(1_000);
        journalEscrow(differing, 1_001, inPeriod);
        // state differs: the gateway refunded an escrow the journal still holds (and the refund is not in the journal)
        String refundedThere = escrowAtGateway(500);
        String refundKey = "refund:planted-" + UUID.randomUUID();
        gateway.refund(refundKey, refundedThere, "planted").block();
        journalEscrow(refundedThere, 500, inPeriod);
        double amountAlertsBefore = counter("AMOUNT_DIFFERS", "ESCROW");

        ReconciliationRun first = reconciling.reconcile(period, "test").block();
        ReconciliationRun second = reconciling.reconcile(period, "test").block();

        assertThat(reported(unrecorded)).containsExactly("MISSING_IN_LEDGER");
        assertThat(reported(invented)).containsExactly("MISSING_AT_GATEWAY");
        assertThat(reported(differing)).containsExactly("AMOUNT_DIFFERS");
        assertThat(reported(refundedThere)).containsExactly("STATE_DIFFERS");
        assertThat(reported(refundKey)).containsExactly("MISSING_IN_LEDGER");
        assertThat(first.newMismatches()).isGreaterThanOrEqualTo(5);
        assertThat(second.mismatches()).isGreaterThanOrEqualTo(5);
        assertThat(second.newMismatches()).isZero();
        assertThat(counter("AMOUNT_DIFFERS", "ESCROW")).isEqualTo(amountAlertsBefore + 1);

        Map<String, Object> both = db.sql("SELECT run_id, ledger_record, gateway_record FROM reconciliation_mismatches "
                        + "WHERE reference = :r").bind("r", differing).fetch().one().block();
        assertThat(both.get("run_id")).isEqualTo(first.id());
        assertThat((String) both.get("ledger_record")).contains("\"amountFen\":1001");
        assertThat((String) both.get("gateway_record")).contains("\"amountFen\":1000");
        // nothing was "fixed": the journal still holds what it held
        assertThat(db.sql("SELECT count(*) AS n FROM journal_entries WHERE reference = :r").bind("r", invented)
                .map(r -> r.get("n", Long.class)).one().block()).isEqualTo(1);
    }

    @Test
    void the_daily_task_reconciles_its_day_through_the_scheduler_and_plans_the_next() {
        DailyReconciliation daily = context.getBean(DailyReconciliation.class);
        LocalDate day = LocalDate.now(clock.withZone(StatementPeriod.ZONE)).minusDays(400 + new java.util.Random().nextInt(10_000));
        ScheduledTask planned = daily.taskFor(day);
        tasks.scheduleOnce(new ScheduledTask(planned.id(), planned.kind(), planned.subject(), planned.payload(),
                clock.instant(), 0, planned.maxAttempts())).block();
        tasks.scheduleOnce(planned).block(); // planned again (another instance): still one task

        await().atMost(Duration.ofSeconds(20)).until(() -> completed(planned.id()));
        assertThat(db.sql("SELECT count(*) AS n FROM reconciliation_runs WHERE period_from = :d AND state = 2")
                .bind("d", day).map(r -> r.get("n", Long.class)).one().block()).isEqualTo(1);
        assertThat(db.sql("SELECT count(*) AS n FROM scheduled_tasks WHERE id = :id")
                .bind("id", daily.taskFor(day.plusDays(1)).id()).map(r -> r.get("n", Long.class)).one().block()).isEqualTo(1);
    }

    private boolean completed(UUID task) {
        return db.sql("SELECT completed_at FROM scheduled_tasks WHERE id = :id").bind("id", task)
                .map(r -> r.get("completed_at", Instant.class) != null).one().blockOptional().orElse(false);
    }

    private String escrowAtGateway(long amountFen) {
        String trade = "planted-" + UUID.randomUUID();
        var held = (PaymentGateway.EscrowOutcome.Held) gateway.openEscrow("escrow:" + trade + ":1", trade, "payer-x",
                "payee-x", amountFen).block();
        return held.escrowId();
    }

    private void journalEscrow(String escrowId, long amountFen, Instant at) {
        TradeParties parties = new TradeParties(TradeId.of("planted-" + UUID.randomUUID()), OrgId.of("buyer-x"),
                OrgId.of("seller-x"));
        JournalEntry entry = new TradeJournal(parties).escrowFunded(Money.ofFen(amountFen), escrowId, at);
        db.sql("INSERT INTO journal_entries (id, entry_type, trade_id, reference, recorded_at) VALUES (:id, 1, :t, :r, :at)")
                .bind("id", entry.id().value()).bind("t", parties.trade().value()).bind("r", escrowId).bind("at", at)
                .then().block();
        for (Posting p : entry.postings()) {
            db.sql("""
                            INSERT INTO journal_postings (entry_id, line_no, account_type, account_owner, side, amount_fen, currency)
                            VALUES (:e, :l, :t, :o, :s, :a, 'CNY')""")
                    .bind("e", entry.id().value()).bind("l", (short) p.line()).bind("t", (short) p.account().type().code())
                    .bind("o", p.account().owner()).bind("s", (short) p.side().code()).bind("a", p.amount().fen())
                    .then().block();
        }
    }

    private List<String> reported(String reference) {
        return db.sql("SELECT kind FROM reconciliation_mismatches WHERE reference = :r ORDER BY kind").bind("r", reference)
                .map(r -> cn.sz.dataexchange.api.reconciliation.model.MismatchKind.fromCode(r.get("kind", Short.class)).name())
                .all().collectList().block();
    }

    private long mismatchesAbout(List<String> references) {
        return db.sql("SELECT count(*) AS n FROM reconciliation_mismatches WHERE reference = ANY(:r)")
                .bind("r", references.toArray(String[]::new)).map(r -> r.get("n", Long.class)).one().block();
    }

    private double counter(String kind, String operation) {
        return meters.counter("exchange.reconciliation.mismatches", "kind", kind, "operation", operation).count();
    }
}
