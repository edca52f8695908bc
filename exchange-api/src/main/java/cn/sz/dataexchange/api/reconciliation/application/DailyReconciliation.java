package cn.sz.dataexchange.api.reconciliation.application;

import cn.sz.dataexchange.api.reconciliation.ReconciliationProperties;
import cn.sz.dataexchange.api.scheduling.ClaimedTask;
import cn.sz.dataexchange.api.scheduling.ScheduledTask;
import cn.sz.dataexchange.api.scheduling.ScheduledTasks;
import cn.sz.dataexchange.api.scheduling.TaskHandler;
import cn.sz.dataexchange.api.statements.model.StatementPeriod;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The daily reconciliation through the scheduler (ADR 0063): the task for day D (subject
 * {@code reconciliation:D}) is due on D+1 at {@code run-at} in Shanghai and reconciles D. Its id is
 * derived from D, so every instance may plan it and it exists once; a lease lets one instance run it;
 * completing it plans D+1 in the transaction that completes the run. A failing run is retried with
 * the scheduler's backoff; after the last attempt the next day is planned anyway (the failed run
 * stays visible).
 */
@Component
public class DailyReconciliation implements TaskHandler {

    public static final String KIND = "reconciliation.daily";
    private static final Logger log = LoggerFactory.getLogger(DailyReconciliation.class);

    private final ReconcilingWithGateway reconciling;
    private final ScheduledTasks tasks;
    private final ReconciliationProperties properties;
    private final Clock clock;

    public DailyReconciliation(ReconcilingWithGateway reconciling, ScheduledTasks tasks,
                               ReconciliationProperties properties, Clock clock) {
        this.reconciling = reconciling;
        this.tasks = tasks;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Mono<Void> run(ClaimedTask task) {
        LocalDate day = dayOf(task.task());
        return reconciling.reconcile(StatementPeriod.of(day, day), "scheduler",
                task.complete().then(tasks.scheduleOnce(taskFor(day.plusDays(1))))).then();
    }

    @Override
    public Mono<Void> gaveUp(ClaimedTask task, String error) {
        LocalDate day = dayOf(task.task());
        log.error("The reconciliation of {} gave up after its retries: {}", day, error);
        return tasks.scheduleOnce(taskFor(day.plusDays(1)));
    }

    /** Plans the reconciliation of yesterday (Shanghai), unless it exists already; for start-up. */
    public Mono<Void> planYesterday() {
        return tasks.scheduleOnce(taskFor(LocalDate.now(clock.withZone(StatementPeriod.ZONE)).minusDays(1)));
    }

    public ScheduledTask taskFor(LocalDate day) {
        Instant due = day.plusDays(1).atTime(properties.runAt()).atZone(StatementPeriod.ZONE).toInstant();
        UUID id = UUID.nameUUIDFromBytes((KIND + ":" + day).getBytes(StandardCharsets.UTF_8));
        return new ScheduledTask(id, KIND, "reconciliation:" + day, "{}", due, 0, properties.maxAttempts());
    }

    private static LocalDate dayOf(ScheduledTask task) {
        return LocalDate.parse(task.subject().substring("reconciliation:".length()));
    }
}
