package cn.sz.dataexchange.api.review.infrastructure;

import cn.sz.dataexchange.api.review.application.ReviewDecisions;
import cn.sz.dataexchange.api.review.model.Decision;
import cn.sz.dataexchange.api.review.model.ReviewDecision;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Review decisions in PostgreSQL (append-only). */
public final class R2dbcReviewDecisions implements ReviewDecisions {

    private final DatabaseClient db;

    public R2dbcReviewDecisions(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<ReviewDecision> insert(ReviewDecision d) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        INSERT INTO review_decisions (id, listing_id, version, review_round, decision, reason, conditions,
                            admin_client_id, actor, decided_at, run_id, report_sha256, final)
                        VALUES (:id, :listing, :version, :round, :decision, :reason, :conditions, :admin, :actor, :at,
                            :run, :sha, :final)""")
                .bind("id", d.id()).bind("listing", d.listingId()).bind("version", d.version()).bind("round", d.round())
                .bind("decision", (short) d.decision().code()).bind("reason", d.reason())
                .bind("conditions", d.conditions().toArray(String[]::new)).bind("admin", d.adminClientId())
                .bind("actor", d.actor()).bind("at", d.decidedAt()).bind("final", d.settled());
        spec = d.runId() == null ? spec.bindNull("run", UUID.class) : spec.bind("run", d.runId());
        spec = d.reportSha256() == null ? spec.bindNull("sha", String.class) : spec.bind("sha", d.reportSha256());
        return spec.then().thenReturn(d);
    }

    @Override
    public Mono<Set<String>> approvers(UUID listingId, int version, int round) {
        return db.sql("""
                        SELECT admin_client_id FROM review_decisions
                        WHERE listing_id = :listing AND version = :version AND review_round = :round AND decision = 10""")
                .bind("listing", listingId).bind("version", version).bind("round", round)
                .map(row -> row.get("admin_client_id", String.class)).all().collect(HashSet::new, Set::add);
    }

    @Override
    public Mono<List<ReviewDecision>> of(UUID listingId) {
        return db.sql("SELECT * FROM review_decisions WHERE listing_id = :listing ORDER BY decided_at, id")
                .bind("listing", listingId).map(R2dbcReviewDecisions::toDecision).all().collectList();
    }

    private static ReviewDecision toDecision(Readable row) {
        return new ReviewDecision(row.get("id", UUID.class), row.get("listing_id", UUID.class),
                row.get("version", Integer.class), row.get("review_round", Integer.class),
                Decision.ofCode(row.get("decision", Short.class)), row.get("reason", String.class),
                List.of(row.get("conditions", String[].class)), row.get("admin_client_id", String.class),
                row.get("actor", String.class), row.get("decided_at", Instant.class), row.get("run_id", UUID.class),
                row.get("report_sha256", String.class), row.get("final", Boolean.class));
    }
}
