package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.EnforcementProperties;
import cn.sz.dataexchange.api.scheduling.ClaimedTask;
import cn.sz.dataexchange.api.scheduling.ScheduledTask;
import cn.sz.dataexchange.api.scheduling.ScheduledTasks;
import cn.sz.dataexchange.api.scheduling.SchedulerProperties;
import cn.sz.dataexchange.api.scheduling.TaskRunner;
import cn.sz.dataexchange.api.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Starting Art. 69 detection runs. On demand: the run row and its task (leased to this instance)
 * commit together, the task runs right after commit and another instance takes it over if this one
 * dies (ADR 0063). Scheduled: one recurring task per database ({@link #ensureScheduled}), whose
 * handler starts a run and schedules the next one.
 */
@Component
public class RunningDetection {

    public static final String RUN = "enforcement.art69-run";
    public static final String SCHEDULE = "enforcement.art69-schedule";
    public static final String SCHEDULE_SUBJECT = "art69-detection-schedule";

    private final DetectionRuns runs;
    private final DetectingDifferentialPricing detection;
    private final ScheduledTasks tasks;
    private final SchedulerProperties scheduler;
    private final TaskRunner runner;
    private final EnforcementProperties properties;
    private final TransactionalOperator tx;
    private final Clock clock;

    public RunningDetection(DetectionRuns runs, DetectingDifferentialPricing detection, ScheduledTasks tasks,
                            SchedulerProperties scheduler, TaskRunner runner, EnforcementProperties properties,
                            TransactionalOperator tx, Clock clock) {
        this.runs = runs;
        this.detection = detection;
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.runner = runner;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    /** Starts a run on demand; answers with the run as started (RUNNING) while it goes on. */
    public Mono<DetectionRuns.Run> onDemand(Caller caller) {
        DetectionRuns.Run run = newRun("ON_DEMAND", caller.actor());
        ScheduledTask task = ScheduledTask.due(RUN, "art69-run:" + run.id(), "{\"runId\":\"" + run.id() + "\"}",
                clock.instant(), scheduler.maxAttempts());
        return tx.transactional(runs.start(run).then(tasks.supersedeAndSchedule(task.subject(), false, java.util.List.of(),
                        Optional.of(task), scheduler.instanceId(), scheduler.lease())))
                .doOnNext(claimed -> claimed.ifPresent(c -> runner.run(c).subscribe()))
                .thenReturn(run);
    }

    /** Runs the detection of a run task (on demand, or its rerun after a crash) and closes the task with it. */
    public Mono<Void> runTask(ClaimedTask task) {
        String payload = task.task().payload();
        UUID runId = UUID.fromString(payload.substring(payload.indexOf(":\"") + 2, payload.lastIndexOf('"')));
        return runs.find(runId).flatMap(run -> "RUNNING".equals(run.state())
                ? detection.execute(runId, run.requestedBy()).then(task.complete())
                : task.complete("obsolete"));
    }

    /** The scheduled run: starts and executes a run, then schedules the next one and closes this task. */
    public Mono<Void> scheduledTask(ClaimedTask task) {
        DetectionRuns.Run run = newRun("SCHEDULED", "system:art69-detection");
        return runs.start(run).then(detection.execute(run.id(), run.requestedBy()))
                .then(tx.transactional(tasks.schedule(next()).then(task.complete())));
    }

    /** Bootstraps the recurring task if scheduling is enabled and no instance did it yet; true if this call added it. */
    public Mono<Boolean> ensureScheduled() {
        if (!properties.detection().scheduled()) {
            return Mono.just(false);
        }
        return tx.transactional(tasks.scheduleUnlessOpen(next()));
    }

    private ScheduledTask next() {
        Instant due = clock.instant().plus(properties.detection().interval());
        return ScheduledTask.due(SCHEDULE, SCHEDULE_SUBJECT, "{}", due, scheduler.maxAttempts());
    }

    private DetectionRuns.Run newRun(String trigger, String actor) {
        return new DetectionRuns.Run(UUID.randomUUID(), trigger, actor, "RUNNING", detection.policyText(),
                clock.instant(), Optional.empty(), DetectionRuns.Counts.none(), Optional.empty());
    }
}
