package cn.sz.dataexchange.api.identity.application;

import cn.sz.dataexchange.api.identity.model.CreditCode;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.Organisation;
import cn.sz.dataexchange.api.identity.model.OrganisationStatus;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** Where organisations are kept. Updates are optimistic: they fail when the version moved on. */
public interface Organisations {

    Mono<Organisation> find(OrgId id);

    Mono<Boolean> existsWithCreditCode(CreditCode code);

    /** Inserts a new organisation; empty if its credit code is taken. */
    Mono<Organisation> insert(Organisation organisation);

    /** Saves a status change if nobody else changed the organisation since it was read; empty otherwise. */
    Mono<Organisation> updateStatus(Organisation changed, OrganisationStatus from, String actor);

    Mono<Page<Organisation>> list(Optional<OrganisationStatus> status, PageQuery page);
}
