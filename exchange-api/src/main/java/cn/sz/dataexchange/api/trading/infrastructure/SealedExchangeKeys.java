package cn.sz.dataexchange.api.trading.infrastructure;

import cn.sz.dataexchange.api.security.MasterKey;
import cn.sz.dataexchange.api.trading.TradingProperties;
import cn.sz.dataexchange.api.trading.application.ExchangeKeys;
import cn.sz.dataexchange.contracts.model.OrgId;
import cn.sz.dataexchange.contracts.signing.KeyGeneration;
import cn.sz.dataexchange.contracts.signing.RegisteredKey;
import cn.sz.dataexchange.contracts.signing.SigningAlgorithm;
import cn.sz.dataexchange.contracts.signing.SigningKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The exchange's countersigning key (ES256), created on first use and kept in the database sealed
 * under the master key, like the token keys (ADR 0062). Instances agree on one key: creation takes
 * an advisory lock and re-reads before generating, in a transaction of its own that commits before
 * the key is cached or used.
 */
@Component
class SealedExchangeKeys implements ExchangeKeys {

    private static final Logger log = LoggerFactory.getLogger(SealedExchangeKeys.class);
    private static final long CREATION_LOCK = 0x63_73_69_67L;

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final MasterKey masterKey;
    private final Clock clock;
    private final OrgId exchange;
    private final AtomicReference<CurrentKey> cache = new AtomicReference<>();

    SealedExchangeKeys(DatabaseClient db, ReactiveTransactionManager transactions, MasterKey masterKey, Clock clock,
                       TradingProperties properties) {
        this.db = db;
        // Its own transaction, never the caller's: the key must be committed before any countersignature made
        // with it is verified, here or on another instance, and a caller's rollback must not take it away.
        this.tx = TransactionalOperator.create(transactions,
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW));
        this.masterKey = masterKey;
        this.clock = clock;
        this.exchange = new OrgId(properties.exchangeParty().orgId());
    }

    @Override
    public Mono<CurrentKey> current() {
        CurrentKey cached = cache.get();
        if (cached != null) {
            return Mono.just(cached);
        }
        Mono<CurrentKey> loadOrCreate = db.sql("SELECT pg_advisory_xact_lock(:lock)").bind("lock", CREATION_LOCK).then()
                .then(newest())
                .switchIfEmpty(Mono.defer(this::create));
        return tx.transactional(loadOrCreate).doOnNext(cache::set);
    }

    @Override
    public Flux<RegisteredKey> all() {
        return db.sql("SELECT kid, public_jwk, created_at, retired_at FROM exchange_signing_keys")
                .map(row -> registered(row.get("kid", String.class), row.get("public_jwk", String.class),
                        row.get("created_at", Instant.class), row.get("retired_at", Instant.class)))
                .all();
    }

    private Mono<CurrentKey> newest() {
        return db.sql("""
                        SELECT kid, private_jwk_sealed, created_at FROM exchange_signing_keys
                        WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1""")
                .map(row -> {
                    String kid = row.get("kid", String.class);
                    SigningKey key = SigningKey.parse(new String(masterKey.open(row.get("private_jwk_sealed", byte[].class),
                            kid), StandardCharsets.UTF_8));
                    return new CurrentKey(key, registered(kid, key.publicJwkJson(), row.get("created_at", Instant.class),
                            null));
                })
                .one();
    }

    private Mono<CurrentKey> create() {
        SigningKey key = KeyGeneration.generate(SigningAlgorithm.ES256);
        Instant now = clock.instant();
        log.info("New exchange countersigning key {}", key.kid());
        return db.sql("""
                        INSERT INTO exchange_signing_keys (kid, algorithm, public_jwk, private_jwk_sealed, created_at)
                        VALUES (:kid, 'ES256', :pub, :sealed, :at)""")
                .bind("kid", key.kid()).bind("pub", key.publicJwkJson())
                .bind("sealed", masterKey.seal(key.privateJwkJson().getBytes(StandardCharsets.UTF_8), key.kid()))
                .bind("at", now)
                .then()
                .then(Mono.fromSupplier(() -> new CurrentKey(key, registered(key.kid(), key.publicJwkJson(), now, null))));
    }

    private RegisteredKey registered(String kid, String publicJwk, Instant createdAt, Instant retiredAt) {
        return new RegisteredKey(kid, exchange, publicJwk, createdAt.truncatedTo(ChronoUnit.SECONDS),
                retiredAt == null ? null : retiredAt.truncatedTo(ChronoUnit.SECONDS));
    }
}
