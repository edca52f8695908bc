package cn.sz.dataexchange.api.listings.infrastructure;

import cn.sz.dataexchange.api.listings.application.ValidationRuns;
import cn.sz.dataexchange.api.listings.model.RunKind;
import cn.sz.dataexchange.api.listings.model.RunPhase;
import cn.sz.dataexchange.api.listings.model.RunState;
import cn.sz.dataexchange.api.listings.model.ValidationFindings;
import cn.sz.dataexchange.api.listings.model.ValidationRun;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.validator.model.Verdict;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** The validation run queue in PostgreSQL: leases with FOR UPDATE SKIP LOCKED, writes conditional on the lease. */
public final class R2dbcValidationRuns implements ValidationRuns {

    /** Every column but the subject prefixes, which may be megabytes and are read only when a version is listed. */
    private static final String COLUMNS = "id, listing_id, version, kind, state, phase, bytes_read, rows_read, total_bytes, "
            + "verdict, report, error, attempts, created_at, started_at, finished_at, updated_at";

    private final DatabaseClient db;

    public R2dbcValidationRuns(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<ValidationRun> enqueue(ValidationRun r) {
        return db.sql("""
                        INSERT INTO validation_runs (id, listing_id, version, kind, state, phase, total_bytes, attempts,
                                                     created_at, updated_at)
                        VALUES (:id, :listing, :version, :kind, :state, :phase, :total, 0, :at, :at)
                        ON CONFLICT DO NOTHING RETURNING id""")
                .bind("id", r.id()).bind("listing", r.listingId()).bind("version", r.version())
                .bind("kind", (short) r.kind().code()).bind("state", (short) r.state().code())
                .bind("phase", (short) r.phase().code()).bind("total", r.totalBytes()).bind("at", r.createdAt())
                .map(row -> r).one()
                .switchIfEmpty(Mono.error(() -> Refusal.of(Refusal.Reason.CONFLICT, "validation-in-progress",
                        "Validation in progress", "Version " + r.version() + " of listing " + r.listingId()
                                + " is already being validated").toException()));
    }

    @Override
    public Mono<ValidationRun> claimNext(String owner, Instant now, Instant leaseUntil) {
        return db.sql("""
                        UPDATE validation_runs r SET state = 20, lease_owner = :owner, lease_until = :until,
                               attempts = attempts + 1, started_at = COALESCE(started_at, :now), updated_at = :now,
                               total_bytes = CASE WHEN r.total_bytes > 0 THEN r.total_bytes ELSE COALESCE((
                                   SELECT a.bytes FROM listing_versions v JOIN data_assets a ON a.id = v.asset_id
                                   WHERE v.listing_id = r.listing_id AND v.version = r.version), 0) END
                        WHERE r.id = (SELECT id FROM validation_runs
                                      WHERE state = 10 OR (state = 20 AND lease_until < :now)
                                      ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING r.id, r.listing_id, r.version, r.kind, r.state, r.phase, r.bytes_read, r.rows_read,
                                  r.total_bytes, r.verdict, r.report, r.error, r.attempts, r.created_at, r.started_at,
                                  r.finished_at, r.updated_at""")
                .bind("owner", owner).bind("until", leaseUntil).bind("now", now)
                .map(R2dbcValidationRuns::toRun).one();
    }

    @Override
    public Mono<Boolean> progress(UUID runId, String owner, RunPhase phase, long bytesRead, long rowsRead, Instant now,
                                  Instant leaseUntil) {
        return db.sql("""
                        UPDATE validation_runs SET phase = :phase, bytes_read = :bytes, rows_read = :rows, updated_at = :now,
                               lease_until = :until
                        WHERE id = :id AND lease_owner = :owner AND state = 20""")
                .bind("phase", (short) phase.code()).bind("bytes", bytesRead).bind("rows", rowsRead).bind("now", now)
                .bind("until", leaseUntil).bind("id", runId).bind("owner", owner)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    @Override
    public Mono<Boolean> renew(UUID runId, String owner, Instant leaseUntil) {
        return db.sql("UPDATE validation_runs SET lease_until = :until WHERE id = :id AND lease_owner = :owner AND state = 20")
                .bind("until", leaseUntil).bind("id", runId).bind("owner", owner)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    @Override
    public Mono<Boolean> succeed(UUID runId, String owner, Verdict verdict, String report, ValidationFindings findings,
                                 long bytesRead, long rowsRead, byte[] subjectPrefixes, Instant now) {
        return db.sql("""
                        UPDATE validation_runs SET state = 30, phase = 40, verdict = :verdict, report = :report,
                               found_children = :children, found_sensitive = :sensitive, found_undeclared = :undeclared,
                               found_below_k = :belowK, found_public_overlap = :overlap,
                               bytes_read = :bytes, rows_read = :rows, subject_prefixes = :prefixes, finished_at = :now,
                               updated_at = :now, lease_owner = NULL, lease_until = NULL
                        WHERE id = :id AND lease_owner = :owner AND state = 20""")
                .bind("verdict", verdictCode(verdict)).bind("report", report)
                .bind("children", findings.childrenFound()).bind("sensitive", findings.sensitiveFound())
                .bind("undeclared", findings.undeclaredIdentifiers()).bind("belowK", findings.recordsBelowK())
                .bind("overlap", findings.publicDataOverlap()).bind("bytes", bytesRead)
                .bind("rows", rowsRead).bind("prefixes", java.nio.ByteBuffer.wrap(subjectPrefixes)).bind("now", now)
                .bind("id", runId).bind("owner", owner)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    @Override
    public Mono<byte[]> subjectPrefixes(UUID listingId, int version) {
        return db.sql("""
                        SELECT subject_prefixes FROM validation_runs
                        WHERE listing_id = :id AND version = :version AND state = 30 AND subject_prefixes IS NOT NULL
                        ORDER BY finished_at DESC, id LIMIT 1""")
                .bind("id", listingId).bind("version", version)
                .map(row -> {
                    java.nio.ByteBuffer b = row.get("subject_prefixes", java.nio.ByteBuffer.class);
                    byte[] out = new byte[b.remaining()];
                    b.get(out);
                    return out;
                }).one().defaultIfEmpty(new byte[0]);
    }

    @Override
    public Mono<Boolean> fail(UUID runId, String owner, Verdict verdict, String error, Instant now) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        UPDATE validation_runs SET state = 40, verdict = :verdict, error = :error, finished_at = :now,
                               updated_at = :now, lease_owner = NULL, lease_until = NULL
                        WHERE id = :id AND lease_owner = :owner AND state = 20""")
                .bind("error", error).bind("now", now).bind("id", runId).bind("owner", owner);
        spec = verdict == null ? spec.bindNull("verdict", Short.class) : spec.bind("verdict", verdictCode(verdict));
        return spec.fetch().rowsUpdated().map(n -> n > 0);
    }

    @Override
    public Mono<Boolean> release(UUID runId, String owner, String error, Instant now) {
        return db.sql("""
                        UPDATE validation_runs SET state = 10, error = :error, updated_at = :now, lease_owner = NULL,
                               lease_until = NULL
                        WHERE id = :id AND lease_owner = :owner AND state = 20""")
                .bind("error", error).bind("now", now).bind("id", runId).bind("owner", owner)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    @Override
    public Mono<ValidationRun> find(UUID runId) {
        return db.sql("SELECT " + COLUMNS + " FROM validation_runs WHERE id = :id").bind("id", runId)
                .map(R2dbcValidationRuns::toRun).one();
    }

    @Override
    public Mono<ValidationRun> latest(UUID listingId) {
        return db.sql("SELECT " + COLUMNS + " FROM validation_runs WHERE listing_id = :id ORDER BY created_at DESC, id LIMIT 1")
                .bind("id", listingId).map(R2dbcValidationRuns::toRun).one();
    }

    @Override
    public Mono<ValidationRun> latestSucceeded(UUID listingId, int version) {
        return db.sql("SELECT " + COLUMNS + """
                         FROM validation_runs WHERE listing_id = :id AND version = :version AND state = 30
                        ORDER BY finished_at DESC, id LIMIT 1""")
                .bind("id", listingId).bind("version", version).map(R2dbcValidationRuns::toRun).one();
    }

    private static short verdictCode(Verdict verdict) {
        return (short) (verdict == Verdict.PASS ? 10 : 20);
    }

    static ValidationRun toRun(Readable row) {
        Short verdict = row.get("verdict", Short.class);
        return new ValidationRun(row.get("id", UUID.class), row.get("listing_id", UUID.class),
                row.get("version", Integer.class), RunKind.ofCode(row.get("kind", Short.class)),
                RunState.ofCode(row.get("state", Short.class)), RunPhase.ofCode(row.get("phase", Short.class)),
                row.get("bytes_read", Long.class), row.get("rows_read", Long.class), row.get("total_bytes", Long.class),
                verdict == null ? null : verdict == 10 ? Verdict.PASS : Verdict.REJECT, row.get("report", String.class),
                row.get("error", String.class), row.get("attempts", Integer.class), row.get("created_at", Instant.class),
                row.get("started_at", Instant.class), row.get("finished_at", Instant.class),
                row.get("updated_at", Instant.class));
    }
}
