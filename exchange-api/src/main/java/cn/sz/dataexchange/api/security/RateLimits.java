package cn.sz.dataexchange.api.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Per-client request budgets (resilience4j rate limiters): one for API calls per second, one
 * for token requests per minute. Budgets exist only for known clients, so unknown identifiers
 * cannot grow the registry.
 */
@Component
public class RateLimits {

    private final RateLimiterRegistry registry;
    private final RateLimiterConfig api;
    private final RateLimiterConfig tokens;

    public RateLimits(SecurityProperties properties) {
        this.api = RateLimiterConfig.custom()
                .limitForPeriod(properties.rateLimit().requestsPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build();
        this.tokens = RateLimiterConfig.custom()
                .limitForPeriod(properties.rateLimit().tokenRequestsPerMinute())
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build();
        this.registry = RateLimiterRegistry.of(api);
    }

    /** Whether the client may make one more API call now. */
    public Admission api(String clientId) {
        return admit(registry.rateLimiter("api:" + clientId, api), api);
    }

    /** Whether the client may ask for one more token now. */
    public Admission token(String clientId) {
        return admit(registry.rateLimiter("token:" + clientId, tokens), tokens);
    }

    private static Admission admit(RateLimiter limiter, RateLimiterConfig config) {
        if (limiter.acquirePermission()) {
            return Admission.ADMITTED;
        }
        long seconds = Math.max(1, config.getLimitRefreshPeriod().toSeconds());
        return new Admission(false, seconds);
    }

    /** A rate-limit decision; when refused, how many seconds to wait. */
    public record Admission(boolean admitted, long retryAfterSeconds) {
        static final Admission ADMITTED = new Admission(true, 0);
    }
}
