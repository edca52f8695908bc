package cn.sz.dataexchange.api.security;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Client identifiers and secrets. Secrets are random, shown once, and stored only as BCrypt
 * hashes. Hashing is slow on purpose, so it runs off the event loop behind a bulkhead that keeps
 * a flood of token requests from exhausting the CPU.
 */
@Component
public class ClientSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final BCryptPasswordEncoder encoder;
    private final Bulkhead bulkhead;
    /** Compared against when a client does not exist, so both paths take the same time. */
    private final String decoyHash;

    public ClientSecrets(@Value("${exchange.security.client-secret-bcrypt-cost:10}") int cost) {
        this.encoder = new BCryptPasswordEncoder(cost, RANDOM);
        this.bulkhead = Bulkhead.of("client-secret-hashing", BulkheadConfig.custom()
                .maxConcurrentCalls(Math.max(2, Runtime.getRuntime().availableProcessors() * 2))
                .maxWaitDuration(Duration.ofSeconds(2))
                .build());
        this.decoyHash = encoder.encode(newSecret());
    }

    public static String newClientId(String prefix) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)
                .replace('-', 'x').replace('_', 'y').toLowerCase(java.util.Locale.ROOT);
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public Mono<String> hash(String secret) {
        return Mono.fromCallable(() -> encoder.encode(secret))
                .subscribeOn(Schedulers.boundedElastic())
                .transformDeferred(BulkheadOperator.of(bulkhead));
    }

    /** Whether {@code secret} matches {@code hash}; a null hash (unknown client) never matches. */
    public Mono<Boolean> matches(String secret, String hash) {
        return Mono.fromCallable(() -> {
                    boolean ok = encoder.matches(secret, hash == null ? decoyHash : hash);
                    return ok && hash != null;
                })
                .subscribeOn(Schedulers.boundedElastic())
                .transformDeferred(BulkheadOperator.of(bulkhead));
    }
}
