package cn.sz.dataexchange.api.notifications;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores notifications in the caller's transaction, so an organisation is told exactly when the
 * change it is told about commits, and schedules their push to the organisation's webhook if it has one. {@code type} is a stable dotted name (e.g. {@code listing.suspended}),
 * {@code subject} the thing concerned (e.g. {@code listing:<id>}).
 */
@Component
public class Notifications {

    private final DatabaseClient db;
    private final Clock clock;
    private final WebhookProperties webhooks;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    public Notifications(DatabaseClient db, Clock clock, WebhookProperties webhooks) {
        this.db = db;
        this.clock = clock;
        this.webhooks = webhooks;
    }

    public Mono<Notification> notify(OrgId org, String type, String subject, Map<String, ?> payload) {
        Notification n = new Notification(UUID.randomUUID(), org.value(), type, subject,
                json.writeValueAsString(payload), clock.instant());
        return db.sql("""
                        WITH stored AS (
                            INSERT INTO notifications (id, org_id, type, subject, payload, created_at)
                            VALUES (:id, :org, :type, :subject, :payload, :at))
                        INSERT INTO scheduled_tasks (id, kind, subject, payload, due_at, attempts, max_attempts, created_at)
                        SELECT :task, :kind, :pushSubject, '{}', :at, 0, :max, :at
                        FROM webhook_subscriptions WHERE org_id = :org""")
                .bind("id", n.id()).bind("org", n.orgId()).bind("type", n.type()).bind("subject", n.subject())
                .bind("payload", n.payload()).bind("at", n.createdAt())
                .bind("task", UUID.randomUUID()).bind("kind", PushingNotifications.KIND)
                .bind("pushSubject", "notification:" + n.id()).bind("max", webhooks.maxAttempts())
                .then()
                .thenReturn(n);
    }

    /** The same notification to several organisations, in one statement (each gets its own row and push). */
    public Mono<Void> notifyAll(java.util.List<OrgId> orgs, String type, String subject, Map<String, ?> payload) {
        Instant at = clock.instant();
        UUID[] ids = new UUID[orgs.size()];
        UUID[] orgIds = new UUID[orgs.size()];
        UUID[] taskIds = new UUID[orgs.size()];
        for (int i = 0; i < orgs.size(); i++) {
            ids[i] = UUID.randomUUID();
            orgIds[i] = orgs.get(i).value();
            taskIds[i] = UUID.randomUUID();
        }
        return db.sql("""
                        WITH input AS (
                            SELECT * FROM unnest(:ids::uuid[], :orgs::uuid[], :tasks::uuid[]) AS i(id, org_id, task_id)),
                        stored AS (
                            INSERT INTO notifications (id, org_id, type, subject, payload, created_at)
                            SELECT id, org_id, :type, :subject, :payload, :at FROM input)
                        INSERT INTO scheduled_tasks (id, kind, subject, payload, due_at, attempts, max_attempts, created_at)
                        SELECT i.task_id, :kind, 'notification:' || i.id, '{}', :at, 0, :max, :at
                        FROM input i JOIN webhook_subscriptions w ON w.org_id = i.org_id""")
                .bind("ids", ids).bind("orgs", orgIds).bind("tasks", taskIds).bind("type", type)
                .bind("subject", subject).bind("payload", json.writeValueAsString(payload)).bind("at", at)
                .bind("kind", PushingNotifications.KIND).bind("max", webhooks.maxAttempts())
                .then();
    }

    /** An organisation's notifications, newest first. */
    public Mono<Page<Notification>> of(OrgId org, PageQuery page) {
        Mono<java.util.List<Notification>> items = db.sql("""
                        SELECT * FROM notifications WHERE org_id = :org
                        ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
                .bind("org", org.value()).bind("limit", page.size()).bind("offset", page.offset())
                .map(row -> new Notification(row.get("id", UUID.class), row.get("org_id", UUID.class),
                        row.get("type", String.class), row.get("subject", String.class),
                        row.get("payload", String.class), row.get("created_at", java.time.Instant.class)))
                .all().collectList();
        Mono<Long> total = db.sql("SELECT count(*) AS n FROM notifications WHERE org_id = :org")
                .bind("org", org.value()).map(row -> row.get("n", Long.class)).one();
        return Mono.zip(items, total).map(t -> page.page(t.getT1(), t.getT2()));
    }
}
