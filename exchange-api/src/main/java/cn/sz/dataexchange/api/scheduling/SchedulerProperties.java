package cn.sz.dataexchange.api.scheduling;

import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code exchange.trading.scheduler.*}: how this instance polls for due tasks and retries failed
 * ones. {@code instanceId} names the instance in leases (default: host name plus a random suffix).
 */
@ConfigurationProperties("exchange.trading.scheduler")
public record SchedulerProperties(boolean enabled, String instanceId, Duration pollInterval, int batchSize,
                                  int concurrency, Duration lease, Duration backoffBase, Duration backoffMax,
                                  int maxAttempts) {

    public SchedulerProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize <= 0 ? 32 : batchSize;
        concurrency = concurrency <= 0 ? 8 : concurrency;
        lease = lease == null ? Duration.ofSeconds(60) : lease;
        backoffBase = backoffBase == null ? Duration.ofSeconds(2) : backoffBase;
        backoffMax = backoffMax == null ? Duration.ofMinutes(10) : backoffMax;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        if (instanceId == null || instanceId.isBlank()) {
            instanceId = host() + "-" + UUID.randomUUID().toString().substring(0, 8);
        }
    }

    private static String host() {
        String name = System.getenv("HOSTNAME");
        if (name != null && !name.isBlank()) {
            return name;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "exchange";
        }
    }

    /** Exponential backoff with jitter after {@code attempts} failed tries: base * 2^(attempts-1), capped, times 0.5-1. */
    public Duration backoffAfter(int attempts, double jitter) {
        long base = backoffBase.toMillis();
        long exponential = attempts >= 31 ? Long.MAX_VALUE : base << Math.max(0, attempts - 1);
        long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, backoffMax.toMillis());
        return Duration.ofMillis((long) (capped * (0.5 + jitter / 2)));
    }
}
