package cn.sz.dataexchange.api.reconciliation.application;

import cn.sz.dataexchange.api.reconciliation.model.Mismatch;
import cn.sz.dataexchange.api.reconciliation.model.ReconciliationRun;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Port: runs and the mismatches they found. Every write joins the caller's transaction. */
public interface ReconciliationRuns {

    Mono<Void> started(ReconciliationRun run);

    /**
     * Stores the mismatches no run has reported before and completes the run (only while RUNNING);
     * answers the mismatches that were new.
     */
    Mono<List<Mismatch>> completed(UUID run, int ledgerRecords, int gatewayRecords, int matched, List<Mismatch> found,
                                   Instant at);

    Mono<Void> failed(UUID run, String error, Instant at);

    Mono<ReconciliationRun> find(UUID run);

    Mono<Page<ReconciliationRun>> list(PageQuery page);

    /** Mismatches, newest first; of one run (those it reported first) or all. */
    Mono<Page<StoredMismatch>> mismatches(Optional<UUID> run, PageQuery page);

    record StoredMismatch(UUID id, UUID run, Mismatch mismatch, Instant foundAt) {
    }
}
