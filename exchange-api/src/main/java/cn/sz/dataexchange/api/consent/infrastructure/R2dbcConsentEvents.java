package cn.sz.dataexchange.api.consent.infrastructure;

import cn.sz.dataexchange.api.consent.application.ConsentEvents;
import cn.sz.dataexchange.api.consent.application.ConsentRecords;
import cn.sz.dataexchange.api.consent.model.ConsentWithdrawal;
import cn.sz.dataexchange.api.consent.model.ImportSummary;
import cn.sz.dataexchange.api.identity.model.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Imports and withdrawals as rows in PostgreSQL. */
public final class R2dbcConsentEvents implements ConsentEvents {

    private final DatabaseClient db;

    public R2dbcConsentEvents(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> imported(OrgId org, ImportSummary s, Instant at, String actor) {
        return db.sql("""
                        INSERT INTO consent_imports (id, org_id, lines, accepted, rejected, imported_at, imported_by)
                        VALUES (:id, :org, :lines, :accepted, :rejected, :at, :by)""")
                .bind("id", s.importId()).bind("org", org.value()).bind("lines", s.lines())
                .bind("accepted", s.accepted()).bind("rejected", s.rejected()).bind("at", at).bind("by", actor)
                .then();
    }

    @Override
    public Mono<Void> withdrawn(ConsentWithdrawal w, ConsentRecords.Withdrawn effect, Instant recordedAt) {
        Mono<Void> event = db.sql("""
                        INSERT INTO consent_withdrawals (id, org_id, purposes, subjects, records_withdrawn, records_continued,
                                                         reason, withdrawn_at, recorded_at, recorded_by)
                        VALUES (:id, :org, :purposes, :subjects, :ended, :continued, :reason, :at, :recorded, :by)""")
                .bind("id", w.id()).bind("org", w.seller().value()).bind("purposes", w.purposeBits())
                .bind("subjects", w.subjects().size()).bind("ended", effect.recordsWithdrawn())
                .bind("continued", effect.recordsContinued()).bind("reason", w.reason()).bind("at", w.withdrawnAt())
                .bind("recorded", recordedAt).bind("by", w.actor()).then();
        Mono<Void> subjects = db.sql("""
                        INSERT INTO consent_withdrawal_subjects (withdrawal_id, subject_key)
                        SELECT :id, decode(k, 'hex') FROM unnest(:keys::text[]) AS k""")
                .bind("id", w.id()).bind("keys", R2dbcConsentRecords.hex(w.subjects())).then();
        return event.then(subjects);
    }

    @Override
    public Mono<Void> suspendedBecauseOf(UUID withdrawalId, List<UUID> listings) {
        if (listings.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("UPDATE consent_withdrawals SET suspended_listings = :listings WHERE id = :id")
                .bind("listings", listings.toArray(UUID[]::new)).bind("id", withdrawalId).then();
    }

    @Override
    public Mono<long[]> withdrawnSubjectPrefixes(OrgId seller, Instant since) {
        return db.sql("""
                        SELECT DISTINCT ('x' || encode(substring(ws.subject_key FROM 1 FOR 8), 'hex'))::bit(64)::bigint AS p
                        FROM consent_withdrawals w JOIN consent_withdrawal_subjects ws ON ws.withdrawal_id = w.id
                        WHERE w.org_id = :org AND w.recorded_at > :since ORDER BY p""")
                .bind("org", seller.value()).bind("since", since)
                .map(row -> row.get("p", Long.class)).all().collectList()
                .map(list -> list.stream().mapToLong(Long::longValue).toArray());
    }
}
