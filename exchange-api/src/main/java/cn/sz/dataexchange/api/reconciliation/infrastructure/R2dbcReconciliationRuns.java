package cn.sz.dataexchange.api.reconciliation.infrastructure;

import cn.sz.dataexchange.api.reconciliation.application.ReconciliationRuns;
import cn.sz.dataexchange.api.reconciliation.model.Mismatch;
import cn.sz.dataexchange.api.reconciliation.model.MismatchKind;
import cn.sz.dataexchange.api.reconciliation.model.MoneyRecord;
import cn.sz.dataexchange.api.reconciliation.model.OperationKind;
import cn.sz.dataexchange.api.reconciliation.model.ReconciliationRun;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Runs and mismatches in explicit SQL; a mismatch is stored once per (operation, reference, kind). */
@Repository
class R2dbcReconciliationRuns implements ReconciliationRuns {

    private final DatabaseClient db;
    private final JsonMapper json = JsonMapper.builder().build();

    R2dbcReconciliationRuns(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> started(ReconciliationRun run) {
        return db.sql("""
                        INSERT INTO reconciliation_runs (id, period_from, period_to, period_start, period_end, trigger, state,
                                                         started_at)
                        VALUES (:id, :from, :to, :start, :end, :trigger, :state, :at)""")
                .bind("id", run.id()).bind("from", run.from()).bind("to", run.to()).bind("start", run.start())
                .bind("end", run.end()).bind("trigger", run.trigger()).bind("state", (short) run.state().code())
                .bind("at", run.startedAt())
                .then();
    }

    @Override
    public Mono<List<Mismatch>> completed(UUID run, int ledgerRecords, int gatewayRecords, int matched,
                                          List<Mismatch> found, Instant at) {
        return Flux.fromIterable(found)
                .concatMap(m -> nullable(nullable(db.sql("""
                                INSERT INTO reconciliation_mismatches (id, run_id, kind, operation, reference, ledger_record,
                                                                       gateway_record, detail, found_at)
                                VALUES (:id, :run, :kind, :operation, :reference, :ledger, :gateway, :detail, :at)
                                ON CONFLICT (operation, reference, kind) DO NOTHING RETURNING id""")
                        .bind("id", UUID.randomUUID()).bind("run", run).bind("kind", (short) m.kind().code())
                        .bind("operation", (short) m.operation().code()).bind("reference", m.reference())
                        .bind("detail", m.detail()).bind("at", at), "ledger", text(m.ledger())), "gateway", text(m.gateway()))
                        .map(row -> m).all())
                .collectList()
                .flatMap(fresh -> db.sql("""
                                UPDATE reconciliation_runs SET state = 2, ledger_records = :ledger, gateway_records = :gateway,
                                  matched = :matched, mismatches = :all, new_mismatches = :fresh, completed_at = :at
                                WHERE id = :id AND state = 1""")
                        .bind("id", run).bind("ledger", ledgerRecords).bind("gateway", gatewayRecords)
                        .bind("matched", matched).bind("all", found.size()).bind("fresh", fresh.size()).bind("at", at)
                        .fetch().rowsUpdated()
                        .flatMap(updated -> updated == 1 ? Mono.just(fresh)
                                : Mono.error(new IllegalStateException("reconciliation run " + run + " is not running"))));
    }

    @Override
    public Mono<Void> failed(UUID run, String error, Instant at) {
        return db.sql("UPDATE reconciliation_runs SET state = 3, error = :error, completed_at = :at WHERE id = :id AND state = 1")
                .bind("id", run).bind("error", error).bind("at", at).then();
    }

    @Override
    public Mono<ReconciliationRun> find(UUID run) {
        return db.sql("SELECT * FROM reconciliation_runs WHERE id = :id").bind("id", run)
                .map(R2dbcReconciliationRuns::run).one();
    }

    @Override
    public Mono<Page<ReconciliationRun>> list(PageQuery page) {
        return db.sql("SELECT * FROM reconciliation_runs ORDER BY started_at DESC, id LIMIT :limit OFFSET :offset")
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(R2dbcReconciliationRuns::run).all().collectList()
                .zipWith(db.sql("SELECT count(*) AS n FROM reconciliation_runs").map(r -> r.get("n", Long.class)).one())
                .map(t -> page.page(t.getT1(), t.getT2()));
    }

    @Override
    public Mono<Page<StoredMismatch>> mismatches(Optional<UUID> run, PageQuery page) {
        String where = run.isPresent() ? "WHERE run_id = :run" : "";
        var items = db.sql("SELECT * FROM reconciliation_mismatches %s ORDER BY found_at DESC, id LIMIT :limit OFFSET :offset"
                .formatted(where)).bind("limit", page.size()).bind("offset", page.offset());
        var count = db.sql("SELECT count(*) AS n FROM reconciliation_mismatches " + where);
        if (run.isPresent()) {
            items = items.bind("run", run.get());
            count = count.bind("run", run.get());
        }
        return items.map(this::stored).all().collectList()
                .zipWith(count.map(r -> r.get("n", Long.class)).one())
                .map(t -> page.page(t.getT1(), t.getT2()));
    }

    private StoredMismatch stored(Readable row) {
        Mismatch mismatch = new Mismatch(MismatchKind.fromCode(row.get("kind", Short.class)),
                OperationKind.fromCode(row.get("operation", Short.class)), row.get("reference", String.class),
                record(row.get("ledger_record", String.class)), record(row.get("gateway_record", String.class)),
                row.get("detail", String.class));
        return new StoredMismatch(row.get("id", UUID.class), row.get("run_id", UUID.class), mismatch,
                row.get("found_at", Instant.class));
    }

    private static ReconciliationRun run(Readable row) {
        return new ReconciliationRun(row.get("id", UUID.class), row.get("period_from", LocalDate.class),
                row.get("period_to", LocalDate.class), row.get("period_start", Instant.class),
                row.get("period_end", Instant.class), row.get("trigger", String.class),
                ReconciliationRun.RunState.fromCode(row.get("state", Short.class)), row.get("ledger_records", Integer.class),
                row.get("gateway_records", Integer.class), row.get("matched", Integer.class),
                row.get("mismatches", Integer.class), row.get("new_mismatches", Integer.class),
                row.get("error", String.class), row.get("started_at", Instant.class), row.get("completed_at", Instant.class));
    }

    private static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name,
                                                              String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    private String text(MoneyRecord record) {
        return record == null ? null : json.writeValueAsString(record);
    }

    private MoneyRecord record(String text) {
        return text == null ? null : json.readValue(text, MoneyRecord.class);
    }
}
