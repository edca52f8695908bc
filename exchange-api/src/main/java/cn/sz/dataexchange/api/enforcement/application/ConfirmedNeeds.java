package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.model.ActualNeed;
import cn.sz.dataexchange.api.enforcement.model.CaseId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Actual needs confirmed by staff for trades (Art. 69 item 1); the latest confirmation of a trade counts. */
public interface ConfirmedNeeds {

    Mono<Void> confirm(UUID trade, ActualNeed need, CaseId caseId, String by, String reason, Instant at);

    /** Every confirmed need by trade: a small table, read once per detection run. */
    Mono<Map<UUID, ActualNeed>> all();
}
