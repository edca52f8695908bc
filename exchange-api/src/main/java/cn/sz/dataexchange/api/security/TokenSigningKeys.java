package cn.sz.dataexchange.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The exchange's ES256 token keys, persisted sealed under the master key so tokens survive a
 * restart, rotated on a schedule. Several instances share them through the database: rotation
 * takes an advisory lock, and each instance reloads its view periodically and on an unknown kid.
 */
public class TokenSigningKeys {

    private static final Logger log = LoggerFactory.getLogger(TokenSigningKeys.class);
    private static final long ROTATION_LOCK = 0x70_6b_65_79L;
    private static final Duration REFRESH = Duration.ofSeconds(60);
    private static final Duration UNKNOWN_KID_RELOAD_GAP = Duration.ofSeconds(5);

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final MasterKey masterKey;
    private final Clock clock;
    private final SecurityProperties properties;
    private final AtomicReference<TokenKeySet> cache = new AtomicReference<>();

    public TokenSigningKeys(DatabaseClient db, TransactionalOperator tx, MasterKey masterKey, Clock clock,
                            SecurityProperties properties) {
        this.db = db;
        this.tx = tx;
        this.masterKey = masterKey;
        this.clock = clock;
        this.properties = properties;
    }

    /** The current key set, loaded (and a first key created) when needed. */
    public Mono<TokenKeySet> current() {
        TokenKeySet cached = cache.get();
        if (cached != null && cached.loadedAt().plus(REFRESH).isAfter(clock.instant())) {
            return Mono.just(cached);
        }
        return rotateIfDue().then(load());
    }

    /** A key set that knows {@code kid} if the database does; reloads at most every few seconds. */
    public Mono<TokenKeySet> knowing(String kid) {
        return current().flatMap(keys -> {
            if (keys.verifier(kid).isPresent()
                    || keys.loadedAt().plus(UNKNOWN_KID_RELOAD_GAP).isAfter(clock.instant())) {
                return Mono.just(keys);
            }
            return load();
        });
    }

    /** Creates a new signing key when the newest is older than the rotation period; retires old ones. */
    public Mono<Void> rotateIfDue() {
        return rotate(false);
    }

    /** Creates a new signing key now (an administrator's decision, e.g. after a suspected leak). */
    public Mono<Void> rotateNow() {
        return rotate(true).then(load()).then();
    }

    private Mono<Void> rotate(boolean force) {
        Instant now = clock.instant();
        Mono<Void> work = db.sql("SELECT pg_advisory_xact_lock(:lock)").bind("lock", ROTATION_LOCK).then()
                .then(db.sql("SELECT max(created_at) AS newest FROM token_signing_keys WHERE retired_at IS NULL")
                        .map(row -> java.util.Optional.ofNullable(row.get("newest", Instant.class))).one())
                .flatMap(newest -> {
                    boolean due = force || newest.isEmpty()
                            || !newest.get().plus(properties.signingKeyRotation()).isAfter(now);
                    return due ? insertNewKey(now) : Mono.empty();
                })
                .then(retireSuperseded(now));
        return tx.transactional(work);
    }

    private Mono<Void> insertNewKey(Instant now) {
        ECKey key = generate();
        byte[] sealed = masterKey.seal(key.toJSONString().getBytes(StandardCharsets.UTF_8), key.getKeyID());
        log.info("New token signing key {}", key.getKeyID());
        return db.sql("""
                        INSERT INTO token_signing_keys (kid, algorithm, public_jwk, private_jwk_sealed, created_at)
                        VALUES (:kid, 'ES256', :pub, :sealed, :at)""")
                .bind("kid", key.getKeyID()).bind("pub", key.toPublicJWK().toJSONString())
                .bind("sealed", sealed).bind("at", now)
                .then();
    }

    /** A key stops verifying once every token it could have signed has expired. */
    private Mono<Void> retireSuperseded(Instant now) {
        Instant cutoff = now.minus(properties.tokenLifetime()).minus(properties.clockSkew());
        return db.sql("""
                        UPDATE token_signing_keys k SET retired_at = :now
                        WHERE retired_at IS NULL AND EXISTS (
                            SELECT 1 FROM token_signing_keys n
                            WHERE n.created_at > k.created_at AND n.created_at <= :cutoff)""")
                .bind("now", now).bind("cutoff", cutoff)
                .then();
    }

    private Mono<TokenKeySet> load() {
        Instant now = clock.instant();
        return db.sql("""
                        SELECT kid, private_jwk_sealed FROM token_signing_keys
                        WHERE retired_at IS NULL ORDER BY created_at DESC, kid""")
                .map(row -> open(row.get("kid", String.class), row.get("private_jwk_sealed", byte[].class)))
                .all()
                .collectList()
                .flatMap(keys -> keys.isEmpty() ? rotateIfDue().then(Mono.defer(this::load))
                        : Mono.just(TokenKeySet.of(keys, now)))
                .doOnNext(cache::set);
    }

    private ECKey open(String kid, byte[] sealed) {
        try {
            return ECKey.parse(new String(masterKey.open(sealed, kid), StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new IllegalStateException("stored token key " + kid + " is not a JWK", e);
        }
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyID("tk-" + UUID.randomUUID())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("P-256 key generation is part of every JDK", e);
        }
    }
}
