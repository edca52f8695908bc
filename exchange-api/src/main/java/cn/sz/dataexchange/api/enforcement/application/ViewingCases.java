package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.model.CaseId;
import cn.sz.dataexchange.api.enforcement.model.EnforcementCase;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Result;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reading cases and their events: platform staff read all, an organisation only the cases against it. */
@Component
public class ViewingCases {

    private final CaseAccess access;
    private final Cases cases;
    private final CaseHistory history;

    public ViewingCases(CaseAccess access, Cases cases, CaseHistory history) {
        this.access = access;
        this.cases = cases;
        this.history = history;
    }

    public Mono<Page<EnforcementCase>> list(Caller caller, Cases.Filter filter, PageQuery page) {
        if (caller.isPlatformStaff()) {
            return cases.list(filter, page);
        }
        if (caller.orgId().isEmpty() || filter.respondent().filter(r -> !caller.actsFor(r)).isPresent()) {
            return Mono.just(page.page(List.of(), 0));
        }
        return cases.list(new Cases.Filter(filter.state(), filter.article(), caller.orgId(), filter.openedFrom(),
                filter.openedTo()), page);
    }

    public Mono<Result<EnforcementCase>> one(CaseId id, Caller caller) {
        return access.readable(id, caller);
    }

    public Mono<Result<List<CaseHistory.Recorded>>> events(CaseId id, Caller caller) {
        return access.readable(id, caller).flatMap(r -> r instanceof Result.Accepted<EnforcementCase>
                ? history.of(id).collectList().map(Result::accepted) : Mono.just(r.map(c -> null)));
    }
}
