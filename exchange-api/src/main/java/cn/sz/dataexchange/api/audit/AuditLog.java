package cn.sz.dataexchange.api.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends events to the audit log inside the caller's transaction, so a state change and its
 * record commit together or not at all.
 */
@Component
public class AuditLog {

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final JsonMapper canonicalJson;

    public AuditLog(DatabaseClient db, TransactionalOperator tx, Clock clock) {
        this.db = db;
        this.tx = tx;
        this.clock = clock;
        this.canonicalJson = JsonMapper.builder()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    /**
     * Records that {@code actor} did {@code action} on {@code stream}, with details. Joins the
     * caller's transaction (or runs in its own), holding the stream's lock until it commits.
     */
    public Mono<AuditEvent> append(String stream, String actor, String action, Map<String, ?> details) {
        String payload = canonicalJson.writeValueAsString(details);
        Instant now = AuditChain.storedPrecision(clock.instant());
        return tx.transactional(Mono.defer(() -> appendToExisting(stream, now, actor, action, payload)
                .switchIfEmpty(Mono.defer(() -> lock(stream).then(lockedHead(stream))
                        .defaultIfEmpty(new Head(0, AuditChain.GENESIS))
                        .flatMap(head -> insert(stream, head, now, actor, action, payload))))));
    }

    /**
     * The common case in one statement: lock the stream's head row, chain the event to it and move
     * the head. PostgreSQL computes the hash by the rule of {@link AuditChain#hash} over the same
     * material (the head supplies the previous hash and the sequence number; the rest is bound as
     * text), so the chain re-checks in Java like any other. Empty when the stream has no head yet.
     */
    Mono<AuditEvent> appendToExisting(String stream, Instant now, String actor, String action,
                                              String payload) {
        String rest = String.join("\n", now.toString(), actor, action, payload);
        return db.sql("""
                        WITH h AS (SELECT stream_seq, hash FROM audit_heads WHERE stream = :stream FOR UPDATE),
                             n AS (SELECT h.stream_seq + 1 AS seq, h.hash AS prev,
                                          encode(sha256(convert_to(h.hash || E'\\n' || :stream || E'\\n'
                                              || (h.stream_seq + 1)::text || E'\\n' || :rest, 'UTF8')), 'hex') AS hash
                                   FROM h),
                             moved AS (UPDATE audit_heads a SET stream_seq = n.seq, hash = n.hash FROM n
                                       WHERE a.stream = :stream)
                        INSERT INTO audit_events (stream, stream_seq, occurred_at, actor, action, payload, prev_hash, hash)
                        SELECT :stream, n.seq, :at, :actor, :action, :payload, n.prev, n.hash FROM n
                        RETURNING seq, stream_seq, prev_hash, hash""")
                .bind("stream", stream).bind("rest", rest).bind("at", now).bind("actor", actor)
                .bind("action", action).bind("payload", payload)
                .map(row -> new AuditEvent(row.get("seq", Long.class), stream, row.get("stream_seq", Integer.class), now,
                        actor, action, payload, row.get("prev_hash", String.class), row.get("hash", String.class)))
                .one();
    }

    /**
     * A new stream has no head row to lock yet: its first appends queue behind each other on an
     * advisory lock until the transaction ends, then read the head (another may have made it meanwhile).
     */
    private Mono<Void> lock(String stream) {
        return db.sql("SELECT pg_advisory_xact_lock(hashtext(:stream))").bind("stream", stream).then();
    }

    /**
     * The stream's head, locked until the transaction ends, so appends to one stream queue behind
     * each other; a waiting append reads the head the one before it left.
     */
    private Mono<Head> lockedHead(String stream) {
        return db.sql("SELECT stream_seq, hash FROM audit_heads WHERE stream = :stream FOR UPDATE")
                .bind("stream", stream)
                .map(row -> new Head(row.get("stream_seq", Integer.class), row.get("hash", String.class)))
                .one();
    }

    private Mono<AuditEvent> insert(String stream, Head head, Instant now, String actor, String action,
                                    String payload) {
        int seq = head.streamSeq() + 1;
        String hash = AuditChain.hash(head.hash(), stream, seq, now, actor, action, payload);
        return db.sql("""
                        WITH head AS (
                            INSERT INTO audit_heads (stream, stream_seq, hash) VALUES (:stream, :seq, :hash)
                            ON CONFLICT (stream) DO UPDATE SET stream_seq = EXCLUDED.stream_seq, hash = EXCLUDED.hash)
                        INSERT INTO audit_events (stream, stream_seq, occurred_at, actor, action, payload, prev_hash, hash)
                        VALUES (:stream, :seq, :at, :actor, :action, :payload, :prev, :hash)
                        RETURNING seq""")
                .bind("stream", stream).bind("seq", seq).bind("at", now).bind("actor", actor)
                .bind("action", action).bind("payload", payload).bind("prev", head.hash()).bind("hash", hash)
                .map(row -> row.get("seq", Long.class))
                .one()
                .map(id -> new AuditEvent(id, stream, seq, now, actor, action, payload, head.hash(), hash));
    }

    /** A stream's events in order. */
    public Flux<AuditEvent> stream(String stream) {
        return db.sql("SELECT * FROM audit_events WHERE stream = :stream ORDER BY stream_seq")
                .bind("stream", stream)
                .map(AuditLog::toEvent)
                .all();
    }

    /** Events across streams after {@code afterSeq}, oldest first. */
    public Flux<AuditEvent> since(long afterSeq, int limit) {
        return db.sql("SELECT * FROM audit_events WHERE seq > :after ORDER BY seq LIMIT :limit")
                .bind("after", afterSeq).bind("limit", limit)
                .map(AuditLog::toEvent)
                .all();
    }

    static AuditEvent toEvent(io.r2dbc.spi.Readable row) {
        return new AuditEvent(row.get("seq", Long.class), row.get("stream", String.class),
                row.get("stream_seq", Integer.class), row.get("occurred_at", Instant.class),
                row.get("actor", String.class), row.get("action", String.class), row.get("payload", String.class),
                row.get("prev_hash", String.class), row.get("hash", String.class));
    }

    private record Head(int streamSeq, String hash) {
    }
}
