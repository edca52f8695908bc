package cn.sz.dataexchange.api.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code exchange.payment.*}: the platform fee, and the payment gateway: embedded (a simulator the
 * exchange starts on loopback) or external (a base URL), with the resilience settings of its client.
 * The gateway's mode has no default: a deployment names it (ADR 0069).
 */
@ConfigurationProperties("exchange.payment")
public record PaymentProperties(int platformFeeBps, Gateway gateway) {

    public PaymentProperties {
        gateway = gateway == null ? new Gateway(null, null, null, null, null, null, null, null) : gateway;
    }

    /** Where the payment gateway is. */
    public enum GatewayMode {

        /** The settlement module's simulator, started on loopback; it keeps payments in memory only: demos and tests. */
        EMBEDDED,

        /** A real gateway speaking the simulator's protocol at {@code exchange.payment.gateway.base-url}. */
        EXTERNAL
    }

    /** Where the gateway is ({@code mode} null when nobody chose) and how it is called. */
    public record Gateway(GatewayMode mode, String baseUrl, Embedded embedded, Duration timeout, RetrySettings retry,
                          CircuitBreakerSettings circuitBreaker, BulkheadSettings bulkhead, Duration connectTimeout) {

        public Gateway {
            embedded = embedded == null ? new Embedded(0, 0, 0, 0, 0, 42) : embedded;
            timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
            retry = retry == null ? new RetrySettings(3, null, 2.0) : retry;
            circuitBreaker = circuitBreaker == null ? new CircuitBreakerSettings(20, 10, 50, null, 3) : circuitBreaker;
            bulkhead = bulkhead == null ? new BulkheadSettings(64, null) : bulkhead;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        }

        public boolean isEmbedded() {
            return mode == GatewayMode.EMBEDDED;
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
