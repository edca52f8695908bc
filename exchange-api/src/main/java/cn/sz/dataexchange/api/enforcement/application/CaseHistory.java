package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.model.CaseEvent;
import cn.sz.dataexchange.api.enforcement.model.CaseId;
import cn.sz.dataexchange.api.enforcement.model.CaseState;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A case's event rows: every transition and recorded step, with who, when, from, to and why. */
public interface CaseHistory {

    /** Appends an event row; the caller holds the case's row (version check or lock). */
    Mono<Void> append(CaseId id, Entry entry);

    Flux<Recorded> of(CaseId id);

    /** {@code from} is null for the opening. {@code details} is JSON. */
    record Entry(CaseEvent event, CaseState from, CaseState to, String actor, String reason, String details,
                 Instant at) {
    }

    record Recorded(int seq, Entry entry) {
    }
}
