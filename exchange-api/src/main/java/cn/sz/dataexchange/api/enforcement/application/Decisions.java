package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.model.CaseId;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** The decisions of cases: the canonical document, its digest and the exchange's signature. One per case. */
public interface Decisions {

    Mono<Void> insert(Stored decision);

    Mono<Stored> find(CaseId id);

    record Stored(CaseId caseId, String document, String digestHex, String kid, String jws, long confiscationFen,
                  long fineFen, String decidedBy, Instant decidedAt) {
    }
}
