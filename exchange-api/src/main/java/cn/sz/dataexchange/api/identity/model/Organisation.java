package cn.sz.dataexchange.api.identity.model;

import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A market participant. It refuses status changes its status table does not allow. */
public record Organisation(
        OrgId id,
        String name,
        CreditCode creditCode,
        String contactEmail,
        Set<Role> roles,
        OrganisationStatus status,
        String statusReason,
        Instant registeredAt,
        Instant statusChangedAt,
        long version) {

    public Organisation {
        roles = Set.copyOf(roles);
        if (roles.isEmpty() || !Role.MARKET.containsAll(roles)) {
            throw new IllegalArgumentException("an organisation holds SELLER and/or BUYER only");
        }
    }

    public static Organisation register(OrgId id, String name, CreditCode creditCode, String contactEmail,
                                        Set<Role> roles, Instant now) {
        return new Organisation(id, name, creditCode, contactEmail, EnumSet.copyOf(roles),
                OrganisationStatus.PENDING, null, now, now, 0);
    }

    public Result<Organisation> admit(String reason, Instant now) {
        return moveTo(OrganisationStatus.ADMITTED, "admission", reason, now);
    }

    public Result<Organisation> suspend(String reason, Instant now) {
        return moveTo(OrganisationStatus.SUSPENDED, "suspension", reason, now);
    }

    public boolean isAdmitted() {
        return status == OrganisationStatus.ADMITTED;
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    private Result<Organisation> moveTo(OrganisationStatus next, String action, String reason, Instant now) {
        if (!status.canMoveTo(next)) {
            return Result.refused(Refusal.illegalTransition("Organisation " + id, status, action));
        }
        return Result.accepted(new Organisation(id, name, creditCode, contactEmail, roles, next, reason,
                registeredAt, now, version));
    }
}
