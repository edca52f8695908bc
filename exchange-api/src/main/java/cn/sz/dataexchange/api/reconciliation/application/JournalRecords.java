package cn.sz.dataexchange.api.reconciliation.application;

import cn.sz.dataexchange.api.reconciliation.model.MoneyRecord;
import cn.sz.dataexchange.api.reconciliation.model.OperationKind;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Port: the journal's escrows, releases, refunds and payouts as money records. */
public interface JournalRecords {

    /** Recorded in {@code [start, end)}, in recording order. */
    Flux<MoneyRecord> recordedBetween(Instant start, Instant end);

    /** The journal's record with this reference, whenever it was recorded; empty if there is none. */
    Mono<MoneyRecord> withReference(OperationKind kind, String reference);
}
