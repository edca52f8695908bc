package cn.sz.dataexchange.api.identity.infrastructure;

import cn.sz.dataexchange.api.identity.application.PartyKeys;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.PartyKey;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcPartyKeys implements PartyKeys {

    private final DatabaseClient db;

    R2dbcPartyKeys(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<PartyKey> insert(PartyKey k) {
        return db.sql("""
                        INSERT INTO party_keys (kid, org_id, algorithm, public_jwk, thumbprint, registered_at)
                        VALUES (:kid, :org, :alg, :jwk, :thumb, :at)
                        ON CONFLICT DO NOTHING RETURNING kid""")
                .bind("kid", k.kid()).bind("org", k.orgId().value()).bind("alg", k.algorithm())
                .bind("jwk", k.publicJwk()).bind("thumb", k.thumbprint()).bind("at", k.registeredAt())
                .map(row -> k)
                .one();
    }

    @Override
    public Mono<PartyKey> find(String kid) {
        return db.sql("SELECT * FROM party_keys WHERE kid = :kid").bind("kid", kid)
                .map(R2dbcPartyKeys::toKey).one();
    }

    @Override
    public Flux<PartyKey> findAll(java.util.Collection<String> kids) {
        if (kids.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("SELECT * FROM party_keys WHERE kid = ANY(:kids)").bind("kids", kids.toArray(String[]::new))
                .map(R2dbcPartyKeys::toKey).all();
    }

    @Override
    public Flux<PartyKey> ofOrganisation(OrgId orgId) {
        return db.sql("SELECT * FROM party_keys WHERE org_id = :org ORDER BY registered_at, kid")
                .bind("org", orgId.value()).map(R2dbcPartyKeys::toKey).all();
    }

    @Override
    public Mono<Page<PartyKey>> ofOrganisation(OrgId orgId, PageQuery page) {
        return Mono.zip(db.sql("SELECT * FROM party_keys WHERE org_id = :org ORDER BY registered_at, kid "
                                + "LIMIT :limit OFFSET :offset")
                        .bind("org", orgId.value()).bind("limit", page.size()).bind("offset", page.offset())
                        .map(R2dbcPartyKeys::toKey).all().collectList(),
                db.sql("SELECT count(*) AS n FROM party_keys WHERE org_id = :org").bind("org", orgId.value())
                        .map(row -> row.get("n", Long.class)).one())
                .map(t -> page.page(t.getT1(), t.getT2()));
    }

    @Override
    public Mono<PartyKey> saveRevocation(PartyKey revoked) {
        return db.sql("""
                        UPDATE party_keys SET revoked_at = :at, revocation_reason = :reason
                        WHERE kid = :kid AND revoked_at IS NULL RETURNING *""")
                .bind("at", revoked.revokedAt().orElseThrow())
                .bind("reason", revoked.revocationReason() == null ? "" : revoked.revocationReason())
                .bind("kid", revoked.kid())
                .map(R2dbcPartyKeys::toKey).one();
    }

    static PartyKey toKey(Readable row) {
        return new PartyKey(row.get("kid", String.class), new OrgId(row.get("org_id", UUID.class)),
                row.get("algorithm", String.class), row.get("public_jwk", String.class),
                row.get("thumbprint", String.class), row.get("registered_at", Instant.class),
                Optional.ofNullable(row.get("revoked_at", Instant.class)),
                row.get("revocation_reason", String.class));
    }
}
