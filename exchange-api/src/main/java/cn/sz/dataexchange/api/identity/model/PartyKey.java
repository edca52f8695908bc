package cn.sz.dataexchange.api.identity.model;

import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Instant;
import java.util.Optional;

/**
 * A public key an organisation registered to sign trade contracts and delivery receipts. A
 * revoked key stays on record (signatures made before its revocation remain checkable).
 */
public record PartyKey(String kid, OrgId orgId, String algorithm, String publicJwk, String thumbprint,
                       Instant registeredAt, Optional<Instant> revokedAt, String revocationReason) {

    public boolean isValidAt(Instant instant) {
        return !instant.isBefore(registeredAt) && revokedAt.map(instant::isBefore).orElse(true);
    }

    public Result<PartyKey> revoke(String reason, Instant now) {
        if (revokedAt.isPresent()) {
            return Result.refused(Refusal.illegalTransition("Key " + kid, "REVOKED", "revocation"));
        }
        return Result.accepted(new PartyKey(kid, orgId, algorithm, publicJwk, thumbprint, registeredAt,
                Optional.of(now), reason));
    }
}
