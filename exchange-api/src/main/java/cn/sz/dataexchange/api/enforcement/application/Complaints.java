package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.model.CaseId;
import cn.sz.dataexchange.api.enforcement.model.Complaint;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Where complaints are kept. */
public interface Complaints {

    Mono<Void> insert(Complaint complaint);

    Mono<Complaint> find(UUID id);

    /** Complaints of one complainant organisation (or all), newest first. */
    Mono<Page<Complaint>> list(Optional<OrgId> complainant, PageQuery page);

    /** Links the complaint to the case opened on it; false if it was linked already. */
    Mono<Boolean> link(UUID complaint, CaseId caseId);
}
