package cn.sz.dataexchange.api.notifications;

import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Organisations' webhook URLs and their sealed secrets, with the last push outcome. */
@Component
public class WebhookSubscriptions {

    private final DatabaseClient db;

    public WebhookSubscriptions(DatabaseClient db) {
        this.db = db;
    }

    /** A subscription as stored; the secret stays sealed under the master key. */
    public record Subscription(UUID orgId, String url, byte[] secretSealed, Instant createdAt, Instant lastSuccessAt,
                               Instant lastFailureAt, String lastFailure, int consecutiveFailures) {
    }

    public Mono<Void> save(UUID org, String url, byte[] sealed, Instant at) {
        return db.sql("""
                        INSERT INTO webhook_subscriptions (org_id, url, secret_sealed, created_at)
                        VALUES (:org, :url, :secret, :at)
                        ON CONFLICT (org_id) DO UPDATE SET url = excluded.url, secret_sealed = excluded.secret_sealed,
                            created_at = excluded.created_at, consecutive_failures = 0, last_failure = NULL,
                            last_failure_at = NULL, last_success_at = NULL""")
                .bind("org", org).bind("url", url).bind("secret", sealed).bind("at", at)
                .then();
    }

    public Mono<Subscription> find(UUID org) {
        return db.sql("SELECT * FROM webhook_subscriptions WHERE org_id = :org").bind("org", org)
                .map(row -> new Subscription(row.get("org_id", UUID.class), row.get("url", String.class),
                        row.get("secret_sealed", byte[].class), row.get("created_at", Instant.class),
                        row.get("last_success_at", Instant.class), row.get("last_failure_at", Instant.class),
                        row.get("last_failure", String.class), row.get("consecutive_failures", Integer.class)))
                .one();
    }

    public Mono<Boolean> delete(UUID org) {
        return db.sql("DELETE FROM webhook_subscriptions WHERE org_id = :org").bind("org", org)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    public Mono<Void> succeeded(UUID org, Instant at) {
        return db.sql("UPDATE webhook_subscriptions SET last_success_at = :at, consecutive_failures = 0 WHERE org_id = :org")
                .bind("at", at).bind("org", org).then();
    }

    public Mono<Void> failed(UUID org, String error, Instant at) {
        return db.sql("""
                        UPDATE webhook_subscriptions SET last_failure_at = :at, last_failure = :error,
                               consecutive_failures = consecutive_failures + 1 WHERE org_id = :org""")
                .bind("at", at).bind("error", error.length() > 500 ? error.substring(0, 500) : error).bind("org", org)
                .then();
    }
}
