package cn.sz.dataexchange.api.scheduling;

import reactor.core.publisher.Mono;

/**
 * Carries out the tasks of one kind. {@link #run} fails (an error signal) to be retried with
 * backoff; after the last attempt {@link #gaveUp} records the failure somewhere visible.
 */
public interface TaskHandler {

    String kind();

    /** Does the work; should call {@link ClaimedTask#complete()} in the transaction that records its effect. */
    Mono<Void> run(ClaimedTask task);

    /** The last attempt failed with {@code error}; runs in the transaction that closes the task. */
    Mono<Void> gaveUp(ClaimedTask task, String error);
}
