package cn.sz.dataexchange.api.enforcement.infrastructure;

import cn.sz.dataexchange.api.enforcement.application.DetectionRuns;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcDetectionRuns implements DetectionRuns {

    private final DatabaseClient db;

    R2dbcDetectionRuns(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> start(Run run) {
        return db.sql("""
                        INSERT INTO art69_detection_runs (id, trigger, requested_by, state, policy, started_at)
                        VALUES (:id, :trigger, :by, 'RUNNING', :policy, :at) ON CONFLICT (id) DO NOTHING""")
                .bind("id", run.id()).bind("trigger", run.trigger()).bind("by", run.requestedBy())
                .bind("policy", run.policy()).bind("at", run.startedAt())
                .then();
    }

    @Override
    public Mono<Void> finish(UUID runId, Counts c, String state, Optional<String> error, Instant at) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        UPDATE art69_detection_runs SET state = :state, finished_at = :at, trades_scanned = :trades,
                               groups_compared = :groups, pairs_compared = :pairs, findings = :findings,
                               cases_opened = :cases, error = :error
                        WHERE id = :id""")
                .bind("state", state).bind("at", at).bind("trades", c.tradesScanned()).bind("groups", c.groupsCompared())
                .bind("pairs", c.pairsCompared()).bind("findings", c.findings()).bind("cases", c.casesOpened())
                .bind("id", runId);
        spec = error.isPresent() ? spec.bind("error", error.get()) : spec.bindNull("error", String.class);
        return spec.then();
    }

    @Override
    public Mono<Void> addFinding(UUID runId, Finding f) {
        return db.sql("""
                        INSERT INTO art69_findings (run_id, seq, seller_org, listing_id, list_price_fen, evidence, trade_ids,
                                                    case_id, case_created)
                        VALUES (:run, :seq, :seller, :listing, :price, :evidence, :trades::uuid[], :case, :created)
                        ON CONFLICT (run_id, seq) DO NOTHING""")
                .bind("run", runId).bind("seq", f.seq()).bind("seller", f.seller()).bind("listing", f.listingId())
                .bind("price", f.listPriceFen()).bind("evidence", f.evidence())
                .bind("trades", f.tradeIds().stream().map(UUID::toString).toArray(String[]::new))
                .bind("case", f.caseId()).bind("created", f.caseCreated())
                .then();
    }

    @Override
    public Mono<Run> find(UUID runId) {
        return db.sql("SELECT * FROM art69_detection_runs WHERE id = :id").bind("id", runId)
                .map(R2dbcDetectionRuns::toRun).one();
    }

    @Override
    public Mono<Page<Run>> list(PageQuery page) {
        return Mono.zip(db.sql("SELECT * FROM art69_detection_runs ORDER BY started_at DESC, id LIMIT :limit OFFSET :offset")
                                .bind("limit", page.size()).bind("offset", page.offset())
                                .map(R2dbcDetectionRuns::toRun).all().collectList(),
                        db.sql("SELECT count(*) AS n FROM art69_detection_runs").map(row -> row.get("n", Long.class)).one())
                .map(t -> page.page(t.getT1(), t.getT2()));
    }

    @Override
    public Flux<Finding> findingsOf(UUID runId) {
        return db.sql("SELECT *, trade_ids::text[] AS trades FROM art69_findings WHERE run_id = :run ORDER BY seq")
                .bind("run", runId)
                .map(row -> new Finding(row.get("seq", Integer.class), row.get("seller_org", UUID.class),
                        row.get("listing_id", UUID.class), row.get("list_price_fen", Long.class),
                        row.get("evidence", String.class),
                        Arrays.stream(row.get("trades", String[].class)).map(UUID::fromString).toList(),
                        row.get("case_id", UUID.class), Boolean.TRUE.equals(row.get("case_created", Boolean.class))))
                .all();
    }

    private static Run toRun(Readable row) {
        return new Run(row.get("id", UUID.class), row.get("trigger", String.class), row.get("requested_by", String.class),
                row.get("state", String.class), row.get("policy", String.class), row.get("started_at", Instant.class),
                Optional.ofNullable(row.get("finished_at", Instant.class)),
                new Counts(row.get("trades_scanned", Long.class), row.get("groups_compared", Long.class),
                        row.get("pairs_compared", Long.class), row.get("findings", Integer.class),
                        row.get("cases_opened", Integer.class)),
                Optional.ofNullable(row.get("error", String.class)));
    }
}
