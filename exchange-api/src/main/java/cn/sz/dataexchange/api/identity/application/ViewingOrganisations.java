package cn.sz.dataexchange.api.identity.application;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.Organisation;
import cn.sz.dataexchange.api.identity.model.OrganisationStatus;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reading organisations: platform staff see all, an organisation sees itself. */
@Component
public class ViewingOrganisations {

    private final Organisations organisations;

    public ViewingOrganisations(Organisations organisations) {
        this.organisations = organisations;
    }

    public Mono<Result<Organisation>> one(OrgId id, Caller caller) {
        if (!caller.actsFor(id) && !caller.isPlatformStaff()) {
            return Mono.just(Result.refused(OrganisationRecords.notYours(id, caller, "Another organisation's record is not yours to see")));
        }
        return organisations.find(id).map(Result::accepted)
                .defaultIfEmpty(Result.refused(Refusal.notFound("Organisation", id)));
    }

    public Mono<Page<Organisation>> list(Optional<OrganisationStatus> status, PageQuery page) {
        return organisations.list(status, page);
    }
}
