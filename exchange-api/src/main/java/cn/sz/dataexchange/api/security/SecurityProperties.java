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

    /**
     * Requests per second per client on the API; tokens issued per minute per client; wrong
     * secrets per minute from one source address (any client ids) and for one client from one
     * source address (ADR 0003). Only wrong secrets count against the last two.
     */
    public record RateLimit(int requestsPerSecond, int tokenRequestsPerMinute, int failedSecretsPerSourcePerMinute,
                            int failedSecretsPerClientAndSourcePerMinute) {

        public RateLimit {
            failedSecretsPerSourcePerMinute = failedSecretsPerSourcePerMinute > 0 ? failedSecretsPerSourcePerMinute : 30;
            failedSecretsPerClientAndSourcePerMinute = failedSecretsPerClientAndSourcePerMinute > 0
                    ? failedSecretsPerClientAndSourcePerMinute : 10;
        }

        public RateLimit(int requestsPerSecond, int tokenRequestsPerMinute) {
            this(requestsPerSecond, tokenRequestsPerMinute, 0, 0);
        }
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
