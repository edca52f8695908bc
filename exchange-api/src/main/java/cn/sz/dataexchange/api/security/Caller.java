package cn.sz.dataexchange.api.security;

import cn.sz.dataexchange.api.identity.model.ClientId;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.Role;
import java.util.Optional;
import java.util.Set;

/** The authenticated caller of a request: a client, the organisation it acts for, and its roles. */
public record Caller(ClientId clientId, Optional<OrgId> orgId, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean actsFor(OrgId org) {
        return orgId.map(org::equals).orElse(false);
    }

    public boolean isPlatformStaff() {
        return has(Role.ADMIN) || has(Role.REGULATOR);
    }

    /** How the caller appears in audit records. */
    public String actor() {
        return "client:" + clientId.value() + orgId.map(o -> "@org:" + o).orElse("");
    }
}
