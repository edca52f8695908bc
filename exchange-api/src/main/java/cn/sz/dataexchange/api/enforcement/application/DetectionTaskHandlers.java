package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.scheduling.ClaimedTask;
import cn.sz.dataexchange.api.scheduling.TaskHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import reactor.core.publisher.Mono;

/** The task handlers of Art. 69 detection, and the bootstrap of its recurring schedule at start-up. */
@Configuration(proxyBeanMethods = false)
public class DetectionTaskHandlers {

    private static final Logger log = LoggerFactory.getLogger(DetectionTaskHandlers.class);

    private final RunningDetection running;

    public DetectionTaskHandlers(RunningDetection running) {
        this.running = running;
    }

    @Bean
    TaskHandler art69RunHandler() {
        return handler(RunningDetection.RUN, running::runTask);
    }

    @Bean
    TaskHandler art69ScheduleHandler() {
        return handler(RunningDetection.SCHEDULE, running::scheduledTask);
    }

    @EventListener(ApplicationReadyEvent.class)
    void scheduleDetection() {
        running.ensureScheduled().subscribe(added -> {
            if (added) {
                log.info("Scheduled the recurring Art. 69 detection run");
            }
        }, error -> log.warn("Could not schedule the Art. 69 detection run: {}", error.toString()));
    }

    private static TaskHandler handler(String kind, java.util.function.Function<ClaimedTask, Mono<Void>> work) {
        return new TaskHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Mono<Void> run(ClaimedTask task) {
                return work.apply(task);
            }

            @Override
            public Mono<Void> gaveUp(ClaimedTask task, String error) {
                log.warn("Art. 69 detection task {} gave up: {}", task.task().subject(), error);
                return Mono.empty();
            }
        };
    }
}
