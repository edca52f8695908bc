package cn.sz.dataexchange.api.reconciliation.application;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.payment.application.PaymentGateway;
import cn.sz.dataexchange.api.reconciliation.model.Matching;
import cn.sz.dataexchange.api.reconciliation.model.Mismatch;
import cn.sz.dataexchange.api.reconciliation.model.MoneyRecord;
import cn.sz.dataexchange.api.reconciliation.model.OperationKind;
import cn.sz.dataexchange.api.reconciliation.model.ReconciliationRun;
import cn.sz.dataexchange.api.statements.model.StatementPeriod;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reconciles a period: the journal's escrows, releases, refunds and payouts recorded in it and the
 * gateway's operations completed in it (each side by its own clock), matched by reference; a record
 * whose partner lies outside the period is looked up on the other side by that reference, so clocks
 * that differ a little (or a lot) make no false mismatches. Mismatches are stored once, counted in
 * {@code exchange.reconciliation.mismatches} and logged; nothing is corrected. Start and end of a
 * run are each one transaction with an audit record on stream {@code reconciliation:<run>}.
 */
@Service
public class ReconcilingWithGateway {

    private static final Logger log = LoggerFactory.getLogger(ReconcilingWithGateway.class);

    private final JournalRecords journal;
    private final PaymentGateway gateway;
    private final ReconciliationRuns runs;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final MeterRegistry meters;

    public ReconcilingWithGateway(JournalRecords journal, PaymentGateway gateway, ReconciliationRuns runs, AuditLog audit,
                                  TransactionalOperator tx, Clock clock, MeterRegistry meters) {
        this.journal = journal;
        this.gateway = gateway;
        this.runs = runs;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.meters = meters;
    }

    public Mono<ReconciliationRun> reconcile(StatementPeriod period, String trigger) {
        return reconcile(period, trigger, Mono.empty());
    }

    /** As {@link #reconcile(StatementPeriod, String)}; {@code alsoOnCompletion} commits with the run's completion. */
    public Mono<ReconciliationRun> reconcile(StatementPeriod period, String trigger, Mono<Void> alsoOnCompletion) {
        UUID id = UUID.randomUUID();
        ReconciliationRun run = new ReconciliationRun(id, period.from(), period.to(), period.start(), period.end(), trigger,
                ReconciliationRun.RunState.RUNNING, 0, 0, 0, 0, 0, null, clock.instant(), null);
        Map<String, Object> what = Map.of("from", period.from().toString(), "to", period.to().toString());
        return tx.transactional(runs.started(run).then(audit.append(stream(id), trigger, "reconciliation.started", what)))
                .then(Mono.defer(() -> compare(period)))
                .flatMap(sides -> tx.transactional(runs.completed(id, sides.ledger(), sides.gateway(),
                                sides.outcome().matched(), sides.outcome().mismatches(), clock.instant())
                        .flatMap(fresh -> audit.append(stream(id), trigger, "reconciliation.completed", Map.of(
                                        "ledgerRecords", sides.ledger(), "gatewayRecords", sides.gateway(),
                                        "matched", sides.outcome().matched(), "mismatches", sides.outcome().mismatches().size(),
                                        "newMismatches", fresh.size()))
                                .then(alsoOnCompletion).thenReturn(fresh)))
                        .doOnNext(fresh -> alert(id, period, fresh)))
                .then(Mono.defer(() -> runs.find(id)))
                .onErrorResume(error -> tx.transactional(runs.failed(id, error.toString(), clock.instant())
                                .then(audit.append(stream(id), trigger, "reconciliation.failed", Map.of("error", error.toString()))))
                        .then(Mono.fromRunnable(() -> meters.counter("exchange.reconciliation.runs", "outcome", "failed")
                                .increment()))
                        .then(Mono.error(error)));
    }

    private record Sides(int ledger, int gateway, Matching.Outcome outcome) {
    }

    private Mono<Sides> compare(StatementPeriod period) {
        return Mono.zip(journal.recordedBetween(period.start(), period.end()).collectList(),
                        gateway.operations(period.start(), period.end()).map(ReconcilingWithGateway::record)
                                .filter(r -> r.amountFen() > 0) // a payout of nothing moved no money
                                .collectList())
                .flatMap(t -> {
                    List<MoneyRecord> ours = t.getT1();
                    List<MoneyRecord> theirs = t.getT2();
                    Set<MoneyRecord.MatchKey> ourKeys = ours.stream().map(MoneyRecord::key).collect(Collectors.toSet());
                    Set<MoneyRecord.MatchKey> theirKeys = theirs.stream().map(MoneyRecord::key).collect(Collectors.toSet());
                    Mono<List<MoneyRecord>> atGateway = Flux.fromIterable(ours).filter(r -> !theirKeys.contains(r.key()))
                            .concatMap(r -> gateway.operation(r.kind().name(), r.reference())
                                    .flatMap(Mono::justOrEmpty).map(ReconcilingWithGateway::record))
                            .collectList();
                    Mono<List<MoneyRecord>> inJournal = Flux.fromIterable(theirs).filter(r -> !ourKeys.contains(r.key()))
                            .concatMap(r -> journal.withReference(r.kind(), r.reference()))
                            .collectList();
                    return Mono.zip(atGateway, inJournal).map(found -> {
                        List<MoneyRecord> allOurs = new ArrayList<>(ours);
                        allOurs.addAll(found.getT2());
                        List<MoneyRecord> allTheirs = new ArrayList<>(theirs);
                        allTheirs.addAll(found.getT1());
                        return new Sides(ours.size(), theirs.size(), Matching.compare(allOurs, allTheirs));
                    });
                });
    }

    /** A gateway operation as a money record, keyed by what the journal keeps for it. */
    static MoneyRecord record(PaymentGateway.GatewayOperation op) {
        OperationKind kind = OperationKind.valueOf(op.kind());
        String reference = switch (kind) {
            case ESCROW -> op.escrowId();
            case RELEASE, REFUND -> op.idempotencyKey();
            case PAYOUT -> op.payoutId();
        };
        String state = kind == OperationKind.ESCROW ? op.escrowState() : op.state();
        return new MoneyRecord(kind, reference, op.idempotencyKey(), op.tradeId(), op.amountFen(), op.feeFen(), state,
                op.completedAt());
    }

    private void alert(UUID run, StatementPeriod period, List<Mismatch> fresh) {
        meters.counter("exchange.reconciliation.runs", "outcome", "completed").increment();
        fresh.forEach(m -> meters.counter("exchange.reconciliation.mismatches", "kind", m.kind().name(),
                "operation", m.operation().name()).increment());
        if (!fresh.isEmpty()) {
            log.warn("Reconciliation {} of {}..{} found {} new mismatches with the payment gateway: {}", run, period.from(),
                    period.to(), fresh.size(), fresh.stream().map(m -> m.kind() + " " + m.operation() + " " + m.reference())
                            .toList());
        }
    }

    static String stream(UUID run) {
        return "reconciliation:" + run;
    }
}
