package cn.sz.dataexchange.api.security;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps token keys current: checks rotation every few minutes; administrators can rotate at once. */
@RestController
public class TokenKeyMaintenance implements org.springframework.boot.ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TokenKeyMaintenance.class);

    private final TokenSigningKeys keys;
    private Disposable schedule;

    public TokenKeyMaintenance(TokenSigningKeys keys) {
        this.keys = keys;
    }

    /**
     * Before the service reports ready: a key set must exist and open under the configured master
     * key. A wrong key stops the start with a clear message instead of failing token requests later.
     */
    @Override
    public void run(org.springframework.boot.ApplicationArguments args) {
        try {
            // Start-up runs on the main thread, before the service reports ready: waiting here is intended.
            keys.current().block(Duration.ofMinutes(1));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("The stored token keys cannot be opened: exchange.security.master-key "
                    + "(EXCHANGE_MASTER_KEY) is not the key they were sealed with", e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void startSchedule() {
        schedule = Flux.interval(Duration.ofMinutes(5))
                .concatMap(tick -> keys.rotateIfDue().then(keys.current())
                        .onErrorResume(e -> {
                            log.warn("Token key maintenance failed; will retry", e);
                            return Mono.empty();
                        }))
                .subscribe();
    }

    @jakarta.annotation.PreDestroy
    void stopSchedule() {
        if (schedule != null) {
            schedule.dispose();
        }
    }

    @Operation(summary = "Rotate the token signing key now (admin)")
    @PostMapping("/api/v1/admin/token-keys/rotation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Mono<Map<String, Object>> rotate() {
        return keys.rotateNow().then(keys.current())
                .map(set -> Map.of("signingKid", set.signing().getKeyID(), "verifyingKids",
                        set.verifying().keySet().stream().sorted().toList()));
    }
}
