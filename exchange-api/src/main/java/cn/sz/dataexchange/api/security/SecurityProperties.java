package cn.sz.dataexchange.api.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code exchange.security.*}: token issuing and verification, secrets, rate limits. */
@ConfigurationProperties("exchange.security")
public record SecurityProperties(
        String issuer,
        String audience,
        Duration tokenLifetime,
        Duration clockSkew,
        String masterKey,
        Duration signingKeyRotation,
        RateLimit rateLimit,
        ExternalIdp externalIdp) {

    public SecurityProperties {
        issuer = issuer == null || issuer.isBlank() ? "urn:sz-data-exchange" : issuer;
        audience = audience == null || audience.isBlank() ? "sz-data-exchange-api" : audience;
        tokenLifetime = tokenLifetime == null ? Duration.ofMinutes(15) : tokenLifetime;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        signingKeyRotation = signingKeyRotation == null ? Duration.ofDays(30) : signingKeyRotation;
        rateLimit = rateLimit == null ? new RateLimit(100, 30) : rateLimit;
        externalIdp = externalIdp == null ? new ExternalIdp(null, null, null, "roles", "org") : externalIdp;
    }

    /** Requests per second per client on the API; token requests per minute per client. */
    public record RateLimit(int requestsPerSecond, int tokenRequestsPerMinute) {
    }

    /**
     * An optional external identity provider whose tokens are trusted as well: tokens whose
     * {@code iss} equals {@code issuer} are verified against its JWKS. Roles and organisation are
     * read from the named claims.
     */
    public record ExternalIdp(String issuer, String jwksUri, String audience, String rolesClaim, String orgClaim) {

        public ExternalIdp {
            rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
            orgClaim = orgClaim == null || orgClaim.isBlank() ? "org" : orgClaim;
        }

        public boolean configured() {
            return issuer != null && !issuer.isBlank() && jwksUri != null && !jwksUri.isBlank();
        }
    }
}
