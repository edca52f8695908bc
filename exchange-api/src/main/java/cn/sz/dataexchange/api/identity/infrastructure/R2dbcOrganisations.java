package cn.sz.dataexchange.api.identity.infrastructure;

import cn.sz.dataexchange.api.identity.application.Organisations;
import cn.sz.dataexchange.api.identity.model.CreditCode;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.Organisation;
import cn.sz.dataexchange.api.identity.model.OrganisationStatus;
import cn.sz.dataexchange.api.identity.model.Role;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcOrganisations implements Organisations {

    private final DatabaseClient db;

    R2dbcOrganisations(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Organisation> find(OrgId id) {
        return db.sql("SELECT * FROM organisations WHERE id = :id").bind("id", id.value())
                .map(R2dbcOrganisations::toOrganisation).one();
    }

    @Override
    public Mono<Boolean> existsWithCreditCode(CreditCode code) {
        return db.sql("SELECT 1 FROM organisations WHERE credit_code = :code").bind("code", code.value())
                .map(row -> true).first().defaultIfEmpty(false);
    }

    @Override
    public Mono<Organisation> insert(Organisation o) {
        return db.sql("""
                        INSERT INTO organisations (id, name, credit_code, contact_email, roles, status, status_reason,
                                                   registered_at, status_changed_at, version)
                        VALUES (:id, :name, :code, :email, :roles, :status, NULL, :at, :at, 0)
                        ON CONFLICT DO NOTHING RETURNING id""")
                .bind("id", o.id().value()).bind("name", o.name()).bind("code", o.creditCode().value())
                .bind("email", o.contactEmail()).bind("roles", roleNames(o))
                .bind("status", (short) o.status().code()).bind("at", o.registeredAt())
                .map(row -> o)
                .one();
    }

    @Override
    public Mono<Organisation> updateStatus(Organisation changed, OrganisationStatus from, String actor) {
        Mono<Organisation> update = db.sql("""
                        UPDATE organisations SET status = :status, status_reason = :reason, status_changed_at = :at,
                               version = version + 1
                        WHERE id = :id AND version = :version AND status = :from
                        RETURNING *""")
                .bind("status", (short) changed.status().code())
                .bind("reason", changed.statusReason() == null ? "" : changed.statusReason())
                .bind("at", changed.statusChangedAt()).bind("id", changed.id().value())
                .bind("version", changed.version()).bind("from", (short) from.code())
                .map(R2dbcOrganisations::toOrganisation).one();
        return update.flatMap(saved -> db.sql("""
                        INSERT INTO organisation_status_events (org_id, from_status, to_status, reason, actor, occurred_at)
                        VALUES (:id, :from, :to, :reason, :actor, :at)""")
                .bind("id", saved.id().value()).bind("from", (short) from.code())
                .bind("to", (short) saved.status().code())
                .bind("reason", saved.statusReason() == null ? "" : saved.statusReason())
                .bind("actor", actor).bind("at", saved.statusChangedAt())
                .then().thenReturn(saved));
    }

    @Override
    public Mono<Page<Organisation>> list(Optional<OrganisationStatus> status, PageQuery page) {
        String where = status.isPresent() ? " WHERE status = :status" : "";
        DatabaseClient.GenericExecuteSpec items = db.sql("SELECT * FROM organisations" + where
                        + " ORDER BY registered_at, id LIMIT :limit OFFSET :offset")
                .bind("limit", page.size()).bind("offset", page.offset());
        DatabaseClient.GenericExecuteSpec count = db.sql("SELECT count(*) AS n FROM organisations" + where);
        if (status.isPresent()) {
            items = items.bind("status", (short) status.get().code());
            count = count.bind("status", (short) status.get().code());
        }
        return Mono.zip(items.map(R2dbcOrganisations::toOrganisation).all().collectList(),
                        count.map(row -> row.get("n", Long.class)).one())
                .map(t -> page.page(t.getT1(), t.getT2()));
    }

    private static String[] roleNames(Organisation o) {
        return o.roles().stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    static Organisation toOrganisation(Readable row) {
        String reason = row.get("status_reason", String.class);
        return new Organisation(
                new OrgId(row.get("id", UUID.class)),
                row.get("name", String.class),
                new CreditCode(row.get("credit_code", String.class)),
                row.get("contact_email", String.class),
                Arrays.stream(row.get("roles", String[].class)).map(Role::valueOf).collect(Collectors.toSet()),
                OrganisationStatus.ofCode(row.get("status", Short.class)),
                reason == null || reason.isEmpty() ? null : reason,
                row.get("registered_at", Instant.class),
                row.get("status_changed_at", Instant.class),
                row.get("version", Long.class));
    }
}
