package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.model.CaseId;
import cn.sz.dataexchange.api.enforcement.model.CaseState;
import cn.sz.dataexchange.api.enforcement.model.EnforcementCase;
import cn.sz.dataexchange.api.enforcement.model.ViolatedArticle;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import java.time.Instant;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** Where cases are kept. A case is stored once per dedup key; a transition only if nobody changed it since it was read. */
public interface Cases {

    /** Stores a new case; false (nothing written) when a case with its dedup key exists. */
    Mono<Boolean> insertIfNew(EnforcementCase opened);

    Mono<EnforcementCase> find(CaseId id);

    Mono<EnforcementCase> findByDedupKey(String dedupKey);

    /** Saves the state a transition produced if the stored version is still {@code expectedVersion}; false otherwise. */
    Mono<Boolean> saveTransition(EnforcementCase after, long expectedVersion);

    /** Cases matching the filter, newest first. */
    Mono<Page<EnforcementCase>> list(Filter filter, PageQuery page);

    /** List filters; {@code respondent} is forced to the caller's organisation for non-staff callers. */
    record Filter(Optional<CaseState> state, Optional<ViolatedArticle> article, Optional<OrgId> respondent,
                  Optional<Instant> openedFrom, Optional<Instant> openedTo) {
    }
}
