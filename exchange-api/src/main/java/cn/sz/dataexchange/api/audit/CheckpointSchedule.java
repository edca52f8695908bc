package cn.sz.dataexchange.api.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Makes a checkpoint every {@code exchange.audit.checkpoint-interval} (none when it is zero). */
@Component
public class CheckpointSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final AuditCheckpoints checkpoints;
    private final AuditProperties properties;
    private volatile Disposable running;

    public CheckpointSchedule(AuditCheckpoints checkpoints, AuditProperties properties) {
        this.checkpoints = checkpoints;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (running != null || properties.checkpointInterval().isZero()) {
            return;
        }
        running = Flux.interval(properties.checkpointInterval(), Schedulers.parallel())
                .onBackpressureDrop()
                .concatMap(tick -> checkpoints.checkpoint()
                        .doOnNext(c -> log.info("Audit checkpoint {} anchors {} stream heads, hash {}", c.id(),
                                c.entries(), c.hash()))
                        .onErrorResume(e -> {
                            log.warn("Audit checkpoint failed: {}", e.toString());
                            return Mono.empty();
                        }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        running = null;
        if (current != null) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
