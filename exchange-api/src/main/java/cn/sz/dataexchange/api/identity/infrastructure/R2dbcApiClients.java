package cn.sz.dataexchange.api.identity.infrastructure;

import cn.sz.dataexchange.api.identity.application.ApiClients;
import cn.sz.dataexchange.api.identity.model.ApiClient;
import cn.sz.dataexchange.api.identity.model.ClientId;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.Role;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcApiClients implements ApiClients {

    private final DatabaseClient db;

    R2dbcApiClients(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<ApiClient> find(ClientId id) {
        return db.sql("SELECT * FROM api_clients WHERE client_id = :id").bind("id", id.value())
                .map(R2dbcApiClients::toClient).one();
    }

    @Override
    public Mono<ApiClient> insert(ApiClient c, String createdBy) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        INSERT INTO api_clients (client_id, org_id, platform_roles, label, secret_hash, created_at, created_by)
                        VALUES (:id, :org, :roles, :label, :hash, :at, :by)""")
                .bind("id", c.id().value())
                .bind("roles", c.platformRoles().stream().map(Enum::name).sorted().toArray(String[]::new))
                .bind("hash", c.secretHash()).bind("at", c.createdAt()).bind("by", createdBy);
        spec = c.orgId().isPresent() ? spec.bind("org", c.orgId().get().value()) : spec.bindNull("org", UUID.class);
        spec = c.label() == null ? spec.bindNull("label", String.class) : spec.bind("label", c.label());
        return spec.then().thenReturn(c);
    }

    @Override
    public Flux<ApiClient> ofOrganisation(OrgId orgId) {
        return db.sql("SELECT * FROM api_clients WHERE org_id = :org ORDER BY created_at, client_id")
                .bind("org", orgId.value()).map(R2dbcApiClients::toClient).all();
    }

    @Override
    public Mono<Page<ApiClient>> ofOrganisation(OrgId orgId, PageQuery page) {
        return Mono.zip(db.sql("SELECT * FROM api_clients WHERE org_id = :org ORDER BY created_at, client_id "
                                + "LIMIT :limit OFFSET :offset")
                        .bind("org", orgId.value()).bind("limit", page.size()).bind("offset", page.offset())
                        .map(R2dbcApiClients::toClient).all().collectList(),
                db.sql("SELECT count(*) AS n FROM api_clients WHERE org_id = :org").bind("org", orgId.value())
                        .map(row -> row.get("n", Long.class)).one())
                .map(t -> page.page(t.getT1(), t.getT2()));
    }

    @Override
    public Mono<Boolean> revoke(ClientId id, Instant at) {
        return db.sql("UPDATE api_clients SET revoked_at = :at WHERE client_id = :id AND revoked_at IS NULL")
                .bind("at", at).bind("id", id.value()).fetch().rowsUpdated().map(n -> n > 0);
    }

    @Override
    public Mono<Void> replaceSecretHash(ClientId id, String secretHash) {
        return db.sql("UPDATE api_clients SET secret_hash = :hash WHERE client_id = :id")
                .bind("hash", secretHash).bind("id", id.value()).then();
    }

    @Override
    public Mono<CallerStanding> standing(ClientId id) {
        return db.sql("""
                        SELECT c.revoked_at IS NOT NULL AS revoked, o.status
                        FROM api_clients c LEFT JOIN organisations o ON o.id = c.org_id
                        WHERE c.client_id = :id""")
                .bind("id", id.value())
                .map(row -> {
                    Short status = row.get("status", Short.class);
                    return new CallerStanding(Boolean.TRUE.equals(row.get("revoked", Boolean.class)),
                            status == null ? null : status.intValue());
                })
                .one();
    }

    static ApiClient toClient(Readable row) {
        UUID org = row.get("org_id", UUID.class);
        return new ApiClient(
                new ClientId(row.get("client_id", String.class)),
                Optional.ofNullable(org).map(OrgId::new),
                Arrays.stream(row.get("platform_roles", String[].class)).map(Role::valueOf).collect(Collectors.toSet()),
                row.get("label", String.class),
                row.get("secret_hash", String.class),
                row.get("created_at", Instant.class),
                Optional.ofNullable(row.get("revoked_at", Instant.class)));
    }
}
