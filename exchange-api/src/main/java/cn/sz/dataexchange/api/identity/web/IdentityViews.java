package cn.sz.dataexchange.api.identity.web;

import cn.sz.dataexchange.api.identity.model.ApiClient;
import cn.sz.dataexchange.api.identity.model.Organisation;
import cn.sz.dataexchange.api.identity.model.PartyKey;
import cn.sz.dataexchange.api.identity.model.Role;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON shapes identity endpoints answer with. */
final class IdentityViews {

    private IdentityViews() {
    }

    record OrganisationView(UUID id, String name, String creditCode, String contactEmail, List<Role> roles,
                            String status, String statusReason, Instant registeredAt, Instant statusChangedAt) {

        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id().value(), o.name(), o.creditCode().value(), o.contactEmail(),
                    o.roles().stream().sorted().toList(), o.status().name(), o.statusReason(), o.registeredAt(),
                    o.statusChangedAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ClientView(String clientId, UUID orgId, List<Role> platformRoles, String label, Instant createdAt,
                      Instant revokedAt, String clientSecret) {

        static ClientView of(ApiClient c, String secretShownOnce) {
            return new ClientView(c.id().value(), c.orgId().map(o -> o.value()).orElse(null),
                    c.platformRoles().stream().sorted().toList(), c.label(), c.createdAt(),
                    c.revokedAt().orElse(null), secretShownOnce);
        }
    }

    record RegistrationView(UUID id, String name, String creditCode, String contactEmail, List<Role> roles,
                            String status, Instant registeredAt, String clientId, String clientSecret,
                            String notice) {
    }

    record PartyKeyView(String kid, UUID orgId, String algorithm, Map<String, Object> jwk, String thumbprint,
                        Instant registeredAt, Instant revokedAt, String revocationReason) {

        static PartyKeyView of(PartyKey k) {
            Map<String, Object> jwk;
            try {
                jwk = com.nimbusds.jose.util.JSONObjectUtils.parse(k.publicJwk());
            } catch (java.text.ParseException e) {
                throw new IllegalStateException("stored key " + k.kid() + " is not JSON", e);
            }
            return new PartyKeyView(k.kid(), k.orgId().value(), k.algorithm(), jwk, k.thumbprint(), k.registeredAt(),
                    k.revokedAt().orElse(null), k.revocationReason());
        }
    }
}
