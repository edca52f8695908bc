package cn.sz.dataexchange.api.notifications;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code exchange.trading.webhooks.*}: which URL schemes organisations may register (https only by
 * default), the push timeout, how often a push is tried, and the per-organisation circuit breaker.
 */
@ConfigurationProperties("exchange.trading.webhooks")
public record WebhookProperties(List<String> allowedSchemes, Duration timeout, int maxAttempts,
                                int circuitBreakerWindow, int circuitBreakerMinimumCalls, Duration circuitBreakerOpenFor) {

    public WebhookProperties {
        allowedSchemes = allowedSchemes == null || allowedSchemes.isEmpty() ? List.of("https") : List.copyOf(allowedSchemes);
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
        circuitBreakerWindow = circuitBreakerWindow <= 0 ? 10 : circuitBreakerWindow;
        circuitBreakerMinimumCalls = circuitBreakerMinimumCalls <= 0 ? 5 : circuitBreakerMinimumCalls;
        circuitBreakerOpenFor = circuitBreakerOpenFor == null ? Duration.ofMinutes(1) : circuitBreakerOpenFor;
    }
}
