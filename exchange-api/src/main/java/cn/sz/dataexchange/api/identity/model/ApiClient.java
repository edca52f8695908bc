package cn.sz.dataexchange.api.identity.model;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Credentials a program uses to get tokens. A market client acts for its organisation with the
 * organisation's roles; a platform client (no organisation) holds ADMIN or REGULATOR.
 */
public record ApiClient(ClientId id, Optional<OrgId> orgId, Set<Role> platformRoles, String label,
                        String secretHash, Instant createdAt, Optional<Instant> revokedAt) {

    public ApiClient {
        platformRoles = Set.copyOf(platformRoles);
        if (orgId.isPresent() == !platformRoles.isEmpty() || !Role.PLATFORM.containsAll(platformRoles)) {
            throw new IllegalArgumentException("a client belongs to an organisation or holds platform roles, not both");
        }
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }
}
