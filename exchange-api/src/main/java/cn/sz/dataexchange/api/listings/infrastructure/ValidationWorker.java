package cn.sz.dataexchange.api.listings.infrastructure;

import cn.sz.dataexchange.api.listings.application.RunningValidation;
import cn.sz.dataexchange.api.listings.application.ValidationRuns;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Drains the shared validation queue: every poll (and at once when this instance queues a run) it
 * leases runs while it has capacity and hands each to {@link RunningValidation}. Safe with any
 * number of instances on one database: runs are leased, not assigned.
 */
public final class ValidationWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ValidationWorker.class);

    private final ValidationRuns runs;
    private final RunningValidation running;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration lease;
    private final Semaphore capacity;
    private final String owner;
    private final Sinks.Many<Boolean> wakeups = Sinks.many().multicast().directBestEffort();
    private volatile Disposable loop;

    public ValidationWorker(ValidationRuns runs, RunningValidation running, Clock clock, Duration pollInterval,
                            Duration lease, int concurrency) {
        this.runs = runs;
        this.running = running;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.lease = lease;
        this.capacity = new Semaphore(concurrency);
        this.owner = hostname() + "/" + UUID.randomUUID();
    }

    /** Looks for work now (a run was just queued here). */
    public void wake() {
        wakeups.tryEmitNext(Boolean.TRUE);
    }

    public String owner() {
        return owner;
    }

    @Override
    public void start() {
        loop = Flux.merge(Flux.interval(Duration.ZERO, pollInterval).map(t -> Boolean.TRUE), wakeups.asFlux())
                .onBackpressureDrop()
                .concatMap(tick -> drain().onErrorResume(e -> {
                    log.warn("Claiming validation runs failed; retrying at the next poll", e);
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    /** Claims runs while this instance has capacity; a permit goes back when its run ends, or at once if none was claimed. */
    private Mono<Void> drain() {
        if (!capacity.tryAcquire()) {
            return Mono.empty();
        }
        AtomicBoolean handedOver = new AtomicBoolean();
        return runs.claimNext(owner, clock.instant(), clock.instant().plus(lease))
                .doOnNext(run -> {
                    handedOver.set(true);
                    running.execute(run, owner)
                            .doFinally(signal -> {
                                capacity.release();
                                wake();
                            })
                            .subscribe(null, e -> log.error("Validation run {} ended in error", run.id(), e));
                })
                .doFinally(signal -> {
                    if (!handedOver.get()) {
                        capacity.release();
                    }
                })
                .flatMap(run -> drain());
    }

    @Override
    public void stop() {
        Disposable current = loop;
        if (current != null) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        Disposable current = loop;
        return current != null && !current.isDisposed();
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "instance";
        }
    }
}
