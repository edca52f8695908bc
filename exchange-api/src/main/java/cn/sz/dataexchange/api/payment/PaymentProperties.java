package cn.sz.dataexchange.api.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code exchange.payment.*}: the platform fee, and the payment gateway: embedded (a simulator the
 * exchange starts on loopback) or external (a base URL), with the resilience settings of its client.
 */
@ConfigurationProperties("exchange.payment")
public record PaymentProperties(int platformFeeBps, Gateway gateway) {

    public PaymentProperties {
        gateway = gateway == null ? new Gateway(null, null, null, null, null, null, null, null) : gateway;
    }

    /** Where the gateway is and how it is called. */
    public record Gateway(String mode, String baseUrl, Embedded embedded, Duration timeout, RetrySettings retry,
                          CircuitBreakerSettings circuitBreaker, BulkheadSettings bulkhead, Duration connectTimeout) {

        public Gateway {
            mode = mode == null || mode.isBlank() ? "embedded" : mode;
            embedded = embedded == null ? new Embedded(0, 0, 0, 0, 0, 42) : embedded;
            timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
            retry = retry == null ? new RetrySettings(3, null, 2.0) : retry;
            circuitBreaker = circuitBreaker == null ? new CircuitBreakerSettings(20, 10, 50, null, 3) : circuitBreaker;
            bulkhead = bulkhead == null ? new BulkheadSettings(64, null) : bulkhead;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        }

        public boolean isEmbedded() {
            return "embedded".equalsIgnoreCase(mode);
        }
    }

    /** Faults of the embedded simulator (see the settlement README). */
    public record Embedded(long latencyMs, long jitterMs, int failureRateBps, int hangRateBps, long hangMs, long seed) {
    }

    public record RetrySettings(int maxAttempts, Duration initialBackoff, double multiplier) {

        public RetrySettings {
            maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
            initialBackoff = initialBackoff == null ? Duration.ofMillis(100) : initialBackoff;
            multiplier = multiplier <= 1 ? 2.0 : multiplier;
        }
    }

    public record CircuitBreakerSettings(int slidingWindow, int minimumCalls, int failureRateThreshold,
                                         Duration waitInOpenState, int halfOpenCalls) {

        public CircuitBreakerSettings {
            slidingWindow = slidingWindow <= 0 ? 20 : slidingWindow;
            minimumCalls = minimumCalls <= 0 ? 10 : minimumCalls;
            failureRateThreshold = failureRateThreshold <= 0 ? 50 : failureRateThreshold;
            waitInOpenState = waitInOpenState == null ? Duration.ofSeconds(15) : waitInOpenState;
            halfOpenCalls = halfOpenCalls <= 0 ? 3 : halfOpenCalls;
        }
    }

    public record BulkheadSettings(int maxConcurrentCalls, Duration maxWait) {

        public BulkheadSettings {
            maxConcurrentCalls = maxConcurrentCalls <= 0 ? 64 : maxConcurrentCalls;
            maxWait = maxWait == null ? Duration.ZERO : maxWait;
        }
    }
}
