package cn.sz.dataexchange.api.scheduling;

import reactor.core.publisher.Mono;

/**
 * A task this instance holds the lease on. A handler calls {@link #complete()} inside the
 * transaction that records the task's effect, so the effect and the completion commit together;
 * if the lease was lost meanwhile, completing fails and the transaction rolls back.
 */
public record ClaimedTask(ScheduledTask task, String owner, ScheduledTasks store) {

    public Mono<Void> complete() {
        return store.complete(this, "done");
    }

    public Mono<Void> complete(String outcome) {
        return store.complete(this, outcome);
    }
}
