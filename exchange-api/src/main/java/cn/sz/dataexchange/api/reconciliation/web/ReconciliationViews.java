package cn.sz.dataexchange.api.reconciliation.web;

import cn.sz.dataexchange.api.reconciliation.application.ReconciliationRuns.StoredMismatch;
import cn.sz.dataexchange.api.reconciliation.model.MismatchKind;
import cn.sz.dataexchange.api.reconciliation.model.MoneyRecord;
import cn.sz.dataexchange.api.reconciliation.model.OperationKind;
import cn.sz.dataexchange.api.reconciliation.model.ReconciliationRun;
import cn.sz.dataexchange.api.statements.model.StatementPeriod;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** JSON shapes of reconciliation runs and mismatches. */
final class ReconciliationViews {

    private ReconciliationViews() {
    }

    @Schema(description = "Reconcile whole days from..to (both included) in Asia/Shanghai; default this month to today")
    record StartRequest(@Schema(example = "2026-12-01") String from, @Schema(example = "2026-12-07") String to) {
    }

    @Schema(description = "A reconciliation run: the period, who started it, its state and what it found")
    record RunView(UUID id, String from, String to, String start, String end, String trigger,
                   ReconciliationRun.RunState state, int ledgerRecords, int gatewayRecords, int matched, int mismatches,
                   int newMismatches, String error, Instant startedAt, Instant completedAt) {
        static RunView of(ReconciliationRun r) {
            return new RunView(r.id(), r.from().toString(), r.to().toString(),
                    r.start().atZone(StatementPeriod.ZONE).toOffsetDateTime().toString(),
                    r.end().atZone(StatementPeriod.ZONE).toOffsetDateTime().toString(), r.trigger(), r.state(),
                    r.ledgerRecords(), r.gatewayRecords(), r.matched(), r.mismatches(), r.newMismatches(), r.error(),
                    r.startedAt(), r.completedAt());
        }
    }

    @Schema(description = "One side's record of an operation; reference is the escrow id (ESCROW), the idempotency "
            + "key (RELEASE, REFUND) or the payout id (PAYOUT); id is the journal entry or the gateway's idempotency key")
    record RecordView(String id, String reference, String tradeId, long amountFen, long feeFen, String state, Instant at) {
        static RecordView of(MoneyRecord r) {
            return r == null ? null : new RecordView(r.id(), r.reference(), r.tradeId(), r.amountFen(), r.feeFen(),
                    r.state(), r.at());
        }
    }

    @Schema(description = "A mismatch, with both records as found (null on the side where it is missing)")
    record MismatchView(UUID id, UUID runId, MismatchKind kind, OperationKind operation, String reference,
                        RecordView ledger, RecordView gateway, String detail, Instant foundAt) {
        static MismatchView of(StoredMismatch s) {
            return new MismatchView(s.id(), s.run(), s.mismatch().kind(), s.mismatch().operation(), s.mismatch().reference(),
                    RecordView.of(s.mismatch().ledger()), RecordView.of(s.mismatch().gateway()), s.mismatch().detail(),
                    s.foundAt());
        }
    }
}
