package cn.sz.dataexchange.api.notifications;

import cn.sz.dataexchange.api.scheduling.ClaimedTask;
import cn.sz.dataexchange.api.scheduling.TaskHandler;
import cn.sz.dataexchange.api.security.MasterKey;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes a stored notification to its organisation's webhook (ADR 0066): a JSON POST signed with
 * HMAC-SHA256, a timeout, retries with backoff through the task runner, and a circuit breaker per
 * organisation, so a dead endpoint is not hammered (an open circuit defers the push, it does not
 * spend the receiver's attention). After the last attempt the failure stays on the subscription.
 */
@Component
public class PushingNotifications implements TaskHandler {

    public static final String KIND = "notification.push";

    private final DatabaseClient db;
    private final WebhookSubscriptions subscriptions;
    private final MasterKey masterKey;
    private final WebhookProperties properties;
    private final CircuitBreakerRegistry breakers;
    private final WebClient web;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    public PushingNotifications(DatabaseClient db, WebhookSubscriptions subscriptions, MasterKey masterKey,
                                WebhookProperties properties, ObjectProvider<CircuitBreakerRegistry> breakers,
                                Clock clock) {
        this.db = db;
        this.subscriptions = subscriptions;
        this.masterKey = masterKey;
        this.properties = properties;
        this.breakers = breakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults);
        this.web = WebClient.builder().build();
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Mono<Void> run(ClaimedTask task) {
        UUID id = UUID.fromString(task.task().subject().substring("notification:".length()));
        return notification(id).flatMap(n -> subscriptions.find(n.orgId())
                .flatMap(subscription -> push(n, subscription))
                .switchIfEmpty(task.complete("no-subscription")));
    }

    private Mono<Void> push(Notification n, WebhookSubscriptions.Subscription subscription) {
        byte[] secret = masterKey.open(subscription.secretSealed(), RegisteringWebhook.aad(n.orgId()));
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", n.id().toString());
        envelope.put("type", n.type());
        envelope.put("subject", n.subject());
        envelope.put("createdAt", n.createdAt().toString());
        envelope.put("payload", json.readValue(n.payload(), Map.class));
        byte[] body = json.writeValueAsBytes(envelope);
        long now = clock.instant().getEpochSecond();
        return web.post().uri(subscription.url()).contentType(MediaType.APPLICATION_JSON)
                .header(WebhookSignature.HEADER, WebhookSignature.header(secret, now, body))
                .header("X-Exchange-Notification-Id", n.id().toString())
                .header("X-Exchange-Notification-Type", n.type())
                .bodyValue(body)
                .retrieve().toBodilessEntity()
                .timeout(properties.timeout())
                .transformDeferred(CircuitBreakerOperator.of(breakerOf(n.orgId())))
                .then(subscriptions.succeeded(n.orgId(), clock.instant()))
                .onErrorResume(error -> subscriptions.failed(n.orgId(), error.toString(), clock.instant())
                        .then(Mono.error(error)));
    }

    private CircuitBreaker breakerOf(UUID org) {
        return breakers.circuitBreaker("webhook-" + org, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                // Calls finish on event-loop threads, which must never wait for a lock.
                .slidingWindowSynchronizationStrategy(CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE)
                .slidingWindowSize(properties.circuitBreakerWindow())
                .minimumNumberOfCalls(properties.circuitBreakerMinimumCalls())
                .waitDurationInOpenState(properties.circuitBreakerOpenFor())
                .build());
    }

    private Mono<Notification> notification(UUID id) {
        return db.sql("SELECT * FROM notifications WHERE id = :id").bind("id", id)
                .map(row -> new Notification(row.get("id", UUID.class), row.get("org_id", UUID.class),
                        row.get("type", String.class), row.get("subject", String.class),
                        row.get("payload", String.class), row.get("created_at", java.time.Instant.class)))
                .one();
    }

    @Override
    public Mono<Void> gaveUp(ClaimedTask task, String error) {
        return Mono.empty();
    }
}
