package cn.sz.dataexchange.api.identity.application;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;

/**
 * Who may touch an organisation's own records (profile, clients, keys). To another member
 * organisation they do not exist: 404, as for an unknown id (ADR 0057). Platform staff know every
 * organisation, so where they may not act they get 403 with the reason.
 */
final class OrganisationRecords {

    private OrganisationRecords() {
    }

    static Refusal notYours(OrgId org, Caller caller, String reasonForStaff) {
        return caller.isPlatformStaff() ? Refusal.forbidden(reasonForStaff) : Refusal.notFound("Organisation", org);
    }
}
