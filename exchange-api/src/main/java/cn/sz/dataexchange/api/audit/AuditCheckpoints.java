package cn.sz.dataexchange.api.audit;

import cn.sz.dataexchange.api.security.TokenSigningKeys;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed checkpoints of the audit log (ADR 0009): each anchors the heads of the streams that grew
 * since the previous one, links to the previous checkpoint by hash, and is signed with the
 * exchange's current token key. {@link AuditCheckpointCheck} verifies them.
 */
@Component
public class AuditCheckpoints {

    /** Checkpoints are made one at a time, by whichever instance gets there first. */
    private static final long CHECKPOINT_LOCK = 0x4155_4449_5443_504BL;
    public static final JOSEObjectType TYPE = new JOSEObjectType("audit-checkpoint+jws");
    private static final JsonMapper SIGNED_JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final TokenSigningKeys keys;
    private final Clock clock;
    private final AuditProperties properties;

    public AuditCheckpoints(DatabaseClient db, TransactionalOperator tx, TokenSigningKeys keys, Clock clock,
                            AuditProperties properties) {
        this.db = db;
        this.tx = tx;
        this.keys = keys;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Anchors every stream whose head moved since it was last anchored (at most
     * {@code max-entries} of them; the rest go into the next checkpoint). Heads that an unfinished
     * transaction is moving right now are skipped and anchored next time. Empty when nothing moved.
     */
    public Mono<AuditCheckpoint> checkpoint() {
        Mono<AuditCheckpoint> work = db.sql("SELECT pg_advisory_xact_lock(:lock)").bind("lock", CHECKPOINT_LOCK).then()
                .then(latest().map(Optional::of).defaultIfEmpty(Optional.empty()))
                .zipWith(keys.current())
                .flatMap(t -> unanchoredHeads().collectList().flatMap(entries -> entries.isEmpty()
                        ? Mono.<AuditCheckpoint>empty()
                        : store(next(t.getT1(), entries, t.getT2().signing()))));
        return tx.transactional(work);
    }

    private AuditCheckpoint next(Optional<AuditCheckpoint> previous, List<AuditCheckpoint.Entry> entries, ECKey key) {
        long id = previous.map(p -> p.id() + 1).orElse(1L);
        String prevHash = previous.map(AuditCheckpoint::hash).orElse(AuditChain.GENESIS);
        Instant now = AuditChain.storedPrecision(clock.instant());
        String digest = AuditCheckpoint.entriesDigest(entries);
        String hash = AuditCheckpoint.hash(prevHash, id, now, entries.size(), digest);
        return sign(new AuditCheckpoint(id, now, entries.size(), digest, prevHash, hash, key.getKeyID(),
                key.toPublicJWK().toJSONString(), null, entries), key);
    }

    /** Signs a checkpoint's claims with {@code key} (ES256, typed {@link #TYPE}). */
    static AuditCheckpoint sign(AuditCheckpoint unsigned, ECKey key) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(TYPE).build(),
                    new Payload(SIGNED_JSON.writeValueAsString(unsigned.signedClaims())));
            jws.sign(new ECDSASigner(key));
            return unsigned.withJws(jws.serialize());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an audit checkpoint", e);
        }
    }

    private Flux<AuditCheckpoint.Entry> unanchoredHeads() {
        return db.sql("""
                        SELECT stream, stream_seq, hash FROM audit_heads WHERE stream_seq > anchored_seq
                        ORDER BY stream LIMIT :max FOR UPDATE SKIP LOCKED""")
                .bind("max", properties.checkpointMaxEntries())
                .map(row -> new AuditCheckpoint.Entry(row.get("stream", String.class), row.get("stream_seq", Integer.class),
                        row.get("hash", String.class)))
                .all();
    }

    private Mono<AuditCheckpoint> store(AuditCheckpoint c) {
        String[] streams = c.streams().stream().map(AuditCheckpoint.Entry::stream).toArray(String[]::new);
        Integer[] seqs = c.streams().stream().map(AuditCheckpoint.Entry::streamSeq).toArray(Integer[]::new);
        String[] hashes = c.streams().stream().map(AuditCheckpoint.Entry::hash).toArray(String[]::new);
        return db.sql("""
                        INSERT INTO audit_checkpoints (id, created_at, entries, entries_digest, prev_hash, hash, kid,
                                                       public_jwk, jws)
                        VALUES (:id, :at, :entries, :digest, :prev, :hash, :kid, :jwk, :jws)""")
                .bind("id", c.id()).bind("at", c.createdAt()).bind("entries", c.entries())
                .bind("digest", c.entriesDigest()).bind("prev", c.prevHash()).bind("hash", c.hash())
                .bind("kid", c.kid()).bind("jwk", c.publicJwk()).bind("jws", c.jws())
                .then()
                .then(db.sql("""
                                INSERT INTO audit_checkpoint_entries (checkpoint_id, stream, stream_seq, hash)
                                SELECT :id, * FROM unnest(:streams::text[], :seqs::integer[], :hashes::text[])""")
                        .bind("id", c.id()).bind("streams", streams).bind("seqs", seqs).bind("hashes", hashes)
                        .then())
                .then(db.sql("""
                                UPDATE audit_heads h SET anchored_seq = a.seq
                                FROM unnest(:streams::text[], :seqs::integer[]) AS a(stream, seq)
                                WHERE h.stream = a.stream""")
                        .bind("streams", streams).bind("seqs", seqs)
                        .then())
                .thenReturn(c);
    }

    /** The newest checkpoint, without its entries ({@code streams} null). */
    public Mono<AuditCheckpoint> latest() {
        return db.sql("SELECT * FROM audit_checkpoints ORDER BY id DESC LIMIT 1").map(AuditCheckpoints::toCheckpoint).one();
    }

    /** Checkpoints after {@code afterId}, oldest first, without their entries ({@code streams} null). */
    public Flux<AuditCheckpoint> list(long afterId, int limit) {
        return db.sql("SELECT * FROM audit_checkpoints WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", afterId).bind("limit", limit)
                .map(AuditCheckpoints::toCheckpoint).all();
    }

    /** One checkpoint with the heads it anchors. */
    public Mono<AuditCheckpoint> withEntries(long id) {
        return db.sql("SELECT * FROM audit_checkpoints WHERE id = :id").bind("id", id)
                .map(AuditCheckpoints::toCheckpoint).one()
                .flatMap(c -> db.sql("""
                                SELECT stream, stream_seq, hash FROM audit_checkpoint_entries
                                WHERE checkpoint_id = :id ORDER BY stream""")
                        .bind("id", id)
                        .map(row -> new AuditCheckpoint.Entry(row.get("stream", String.class),
                                row.get("stream_seq", Integer.class), row.get("hash", String.class)))
                        .all().collectList()
                        .map(c::withEntries));
    }

    /** How far the newest checkpoint that mentions {@code stream} anchored it. */
    public Mono<Map<String, Object>> anchorOf(String stream) {
        return db.sql("""
                        SELECT checkpoint_id, stream_seq, hash FROM audit_checkpoint_entries
                        WHERE stream = :stream ORDER BY checkpoint_id DESC LIMIT 1""")
                .bind("stream", stream)
                .map(row -> Map.<String, Object>of("checkpoint", row.get("checkpoint_id", Long.class),
                        "streamSeq", row.get("stream_seq", Integer.class), "hash", row.get("hash", String.class)))
                .one();
    }

    private static AuditCheckpoint toCheckpoint(Readable row) {
        return new AuditCheckpoint(row.get("id", Long.class), row.get("created_at", Instant.class),
                row.get("entries", Integer.class), row.get("entries_digest", String.class),
                row.get("prev_hash", String.class), row.get("hash", String.class), row.get("kid", String.class),
                row.get("public_jwk", String.class), row.get("jws", String.class), null);
    }
}
