package cn.sz.dataexchange.api.payment.infrastructure;

import cn.sz.dataexchange.api.payment.PaymentProperties;
import cn.sz.dataexchange.api.payment.application.GatewayUnavailable;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

/**
 * The resilience operators around every gateway call, in a deliberate order (ADR 0065), innermost
 * first: TimeLimiter (one attempt may not hang), CircuitBreaker (records every attempt, so a
 * failing gateway opens it quickly), Retry with exponential backoff and jitter (retries failed
 * attempts, but not an open circuit or a full bulkhead: those fail fast), Bulkhead (one permit per
 * logical call, retries included, so a slow gateway cannot tie up the exchange). Business
 * outcomes (402, 409, ...) are values and count as successes.
 */
public final class GatewayResilience {

    public static final String NAME = "payment-gateway";

    private final TimeLimiter timeLimiter;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final Bulkhead bulkhead;

    public GatewayResilience(PaymentProperties.Gateway settings, CircuitBreakerRegistry breakers, RetryRegistry retries,
                             BulkheadRegistry bulkheads) {
        this.timeLimiter = TimeLimiter.of(NAME, TimeLimiterConfig.custom().timeoutDuration(settings.timeout())
                .cancelRunningFuture(true).build());
        var cb = settings.circuitBreaker();
        this.circuitBreaker = breakers.circuitBreaker(NAME, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                // Calls finish on event-loop threads, which must never wait for a lock.
                .slidingWindowSynchronizationStrategy(CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE)
                .slidingWindowSize(cb.slidingWindow()).minimumNumberOfCalls(cb.minimumCalls())
                .failureRateThreshold(cb.failureRateThreshold()).waitDurationInOpenState(cb.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(cb.halfOpenCalls())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordExceptions(GatewayUnavailable.class, TimeoutException.class, WebClientRequestException.class,
                        IOException.class)
                .build());
        var r = settings.retry();
        this.retry = retries.retry(NAME, RetryConfig.custom().maxAttempts(r.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(r.initialBackoff(), r.multiplier(), 0.5))
                .retryExceptions(GatewayUnavailable.class, TimeoutException.class, WebClientRequestException.class,
                        IOException.class)
                .ignoreExceptions(CallNotPermittedException.class,
                        io.github.resilience4j.bulkhead.BulkheadFullException.class)
                .build());
        var b = settings.bulkhead();
        this.bulkhead = bulkheads.bulkhead(NAME, BulkheadConfig.custom().maxConcurrentCalls(b.maxConcurrentCalls())
                .maxWaitDuration(b.maxWait()).build());
    }

    /** Wraps one call (deferred, so each retry makes a fresh request). */
    public <T> Mono<T> call(Mono<T> attempt) {
        return Mono.defer(() -> attempt)
                .transformDeferred(TimeLimiterOperator.of(timeLimiter))
                .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                .transformDeferred(RetryOperator.of(retry))
                .transformDeferred(BulkheadOperator.of(bulkhead))
                .onErrorMap(e -> !(e instanceof GatewayUnavailable),
                        e -> new GatewayUnavailable("payment gateway unavailable: " + e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : " " + e.getMessage()), e));
    }

    public Optional<Duration> unavailableFor() {
        if (circuitBreaker.getState() != CircuitBreaker.State.OPEN
                && circuitBreaker.getState() != CircuitBreaker.State.FORCED_OPEN) {
            return Optional.empty();
        }
        return Optional.of(circuitBreaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1) > 0
                ? Duration.ofMillis(circuitBreaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1))
                : Duration.ofSeconds(5));
    }

    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }
}
