package cn.sz.dataexchange.api.reconciliation.application;

import cn.sz.dataexchange.api.reconciliation.model.ReconciliationRun;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.statements.model.StatementPeriod;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Platform staff read runs and mismatches; an administrator starts a run for a period. */
@Service
public class ViewingReconciliations {

    private final ReconciliationRuns runs;
    private final ReconcilingWithGateway reconciling;

    public ViewingReconciliations(ReconciliationRuns runs, ReconcilingWithGateway reconciling) {
        this.runs = runs;
        this.reconciling = reconciling;
    }

    public Mono<ReconciliationRun> start(StatementPeriod period, Caller caller) {
        return reconciling.reconcile(period, caller.actor());
    }

    public Mono<Page<ReconciliationRun>> runs(PageQuery page) {
        return runs.list(page);
    }

    public Mono<Result<ReconciliationRun>> run(UUID id) {
        return runs.find(id).map(Result::accepted).defaultIfEmpty(Result.refused(Refusal.notFound("reconciliation", id)));
    }

    public Mono<Page<ReconciliationRuns.StoredMismatch>> mismatches(Optional<UUID> run, PageQuery page) {
        return runs.mismatches(run, page);
    }
}
