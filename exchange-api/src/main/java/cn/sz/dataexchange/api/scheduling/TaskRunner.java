package cn.sz.dataexchange.api.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Polls for due tasks and runs them with their handlers; also runs tasks this instance created
 * already leased (a command that starts a step runs it at once). A failure is retried with
 * backoff; the last failure goes to the handler's give-up (ADR 0063).
 */
@Component
public class TaskRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TaskRunner.class);

    private final ScheduledTasks tasks;
    private final ObjectProvider<TaskHandler> handlerBeans;
    private volatile Map<String, TaskHandler> handlers;
    private final SchedulerProperties properties;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final MeterRegistry meters;
    private volatile Disposable polling;
    /** Tasks the background poll started that have not finished yet. */
    private final AtomicInteger inFlight = new AtomicInteger();

    /** Handlers are looked up lazily: they run commands that use this runner, so they cannot be constructor arguments. */
    public TaskRunner(ScheduledTasks tasks, ObjectProvider<TaskHandler> handlers, SchedulerProperties properties,
                      TransactionalOperator tx, Clock clock, MeterRegistry meters) {
        this.tasks = tasks;
        this.handlerBeans = handlers;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
        this.meters = meters;
    }

    /** This instance's name in leases. */
    public String owner() {
        return properties.instanceId();
    }

    /** Claims and runs the due tasks once; the number of tasks run. Tests call it to avoid waiting for the poll. */
    public Mono<Long> pollOnce() {
        return tasks.claimDue(owner(), properties.batchSize(), properties.lease())
                .flatMap(this::run, properties.concurrency())
                .count();
    }

    /**
     * One tick of the background poll: claims no more due tasks than there are free slots and
     * starts them without waiting, so a slow task never holds up the others or later ticks.
     */
    Mono<Void> pollInBackground() {
        int free = properties.concurrency() - inFlight.get();
        if (free <= 0) {
            return Mono.empty();
        }
        return tasks.claimDue(owner(), Math.min(free, properties.batchSize()), properties.lease())
                .doOnNext(claimed -> {
                    inFlight.incrementAndGet();
                    run(claimed).doFinally(signal -> inFlight.decrementAndGet()).subscribe();
                })
                .then()
                .timeout(properties.lease());
    }

    /**
     * Runs a claimed task to completion, retry scheduling or give-up; never signals an error. A
     * handler still running when the lease ends is abandoned as failed: by then another instance
     * may hold the task.
     */
    public Mono<Void> run(ClaimedTask claimed) {
        TaskHandler handler = handlers().get(claimed.task().kind());
        if (handler == null) {
            return failed(claimed, null, new IllegalStateException("no handler for task kind " + claimed.task().kind()));
        }
        return Mono.defer(() -> handler.run(claimed))
                .timeout(properties.lease(), Mono.error(() -> new TimeoutException(
                        "still running when its lease of " + properties.lease() + " ended")))
                .then(Mono.defer(() -> tasks.completeIfOpen(claimed)))
                .doOnSuccess(v -> count(claimed, "done"))
                .onErrorResume(error -> failed(claimed, handler, error));
    }

    private Map<String, TaskHandler> handlers() {
        Map<String, TaskHandler> known = handlers;
        if (known == null) {
            known = handlerBeans.orderedStream()
                    .collect(Collectors.toUnmodifiableMap(TaskHandler::kind, Function.identity()));
            handlers = known;
        }
        return known;
    }

    private Mono<Void> failed(ClaimedTask claimed, TaskHandler handler, Throwable error) {
        if (error instanceof LeaseLost) {
            log.info("{}", error.getMessage());
            count(claimed, "lease-lost");
            return Mono.empty();
        }
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        if (claimed.task().isLastAttempt() && handler != null) {
            log.warn("Task {} {} for {} gave up after {} attempts: {}", claimed.task().kind(), claimed.task().id(),
                    claimed.task().subject(), claimed.task().attempts(), message);
            count(claimed, "gave-up");
            return tx.transactional(handler.gaveUp(claimed, message).then(tasks.complete(claimed, "gave-up")))
                    .onErrorResume(e -> {
                        log.warn("Giving up task {} failed: {}", claimed.task().id(), e.toString());
                        return Mono.empty();
                    });
        }
        var delay = properties.backoffAfter(claimed.task().attempts(), ThreadLocalRandom.current().nextDouble());
        log.info("Task {} {} for {} failed (attempt {}), retrying in {} ms: {}", claimed.task().kind(),
                claimed.task().id(), claimed.task().subject(), claimed.task().attempts(), delay.toMillis(), message);
        count(claimed, "retry");
        return tasks.retryLater(claimed, clock.instant().plus(delay), message)
                .onErrorResume(e -> Mono.empty());
    }

    private void count(ClaimedTask claimed, String outcome) {
        meters.counter("exchange.scheduler.tasks", "kind", claimed.task().kind(), "outcome", outcome).increment();
    }

    @Override
    public void start() {
        if (!properties.enabled() || polling != null) {
            return;
        }
        log.info("Task runner {} polls every {}", owner(), properties.pollInterval());
        polling = Flux.interval(properties.pollInterval(), Schedulers.parallel())
                .onBackpressureDrop()
                .concatMap(tick -> pollInBackground().onErrorResume(e -> {
                    log.warn("Polling for tasks failed: {}", e.toString());
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = polling;
        polling = null;
        if (current != null) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return polling != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
