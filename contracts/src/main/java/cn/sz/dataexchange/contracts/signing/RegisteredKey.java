package cn.sz.dataexchange.contracts.signing;

import cn.sz.dataexchange.contracts.model.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A public key an organisation registered with the exchange.
 *
 * @param publicJwkJson the registered public JWK, as JSON
 * @param revokedAt when the key was revoked; null while it is in force
 */
public record RegisteredKey(String kid, OrgId owner, String publicJwkJson, Instant registeredAt, Instant revokedAt) {

    public RegisteredKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(publicJwkJson, "publicJwkJson");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (revokedAt != null && revokedAt.isBefore(registeredAt)) {
            throw new IllegalArgumentException("a key cannot be revoked before it was registered");
        }
    }

    public Optional<Instant> revocation() {
        return Optional.ofNullable(revokedAt);
    }

    /** In force at that instant: registered at or before it, and not revoked at or before it. */
    public boolean inForceAt(Instant instant) {
        return !instant.isBefore(registeredAt) && (revokedAt == null || instant.isBefore(revokedAt));
    }
}
