package cn.sz.dataexchange.api.security;

import cn.sz.dataexchange.api.identity.application.ApiClients;
import cn.sz.dataexchange.api.identity.application.Organisations;
import cn.sz.dataexchange.api.identity.model.ApiClient;
import cn.sz.dataexchange.api.identity.model.ClientId;
import cn.sz.dataexchange.api.identity.model.Organisation;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The client-credentials grant: a live client with the right secret, of an admitted organisation
 * (or a platform client), gets a token carrying its organisation and roles.
 */
@Component
public class IssuingAccessToken {

    private final ApiClients clients;
    private final Organisations organisations;
    private final ClientSecrets secrets;
    private final RateLimits rateLimits;
    private final AccessTokenIssuer issuer;
    private final FailedAuthentications failures;

    public IssuingAccessToken(ApiClients clients, Organisations organisations, ClientSecrets secrets,
                              RateLimits rateLimits, AccessTokenIssuer issuer, FailedAuthentications failures) {
        this.failures = failures;
        this.clients = clients;
        this.organisations = organisations;
        this.secrets = secrets;
        this.rateLimits = rateLimits;
        this.issuer = issuer;
    }

    /**
     * Checks the secret and issues a token. A source that has sent too many wrong secrets lately
     * (for any client id, or for this one) is refused before the secret is hashed; the right
     * secret from elsewhere still works. Tokens issued per client have a budget of their own.
     */
    public Mono<Result<AccessTokenIssuer.IssuedToken>> issue(String clientId, String clientSecret, String source) {
        long sourceWait = failures.sourceBlockedFor(source);
        if (sourceWait > 0) {
            return Mono.just(Result.refused(tooManyFailures(sourceWait)));
        }
        ClientId id = new ClientId(clientId);
        return clients.find(id)
                .map(java.util.Optional::of)
                .defaultIfEmpty(java.util.Optional.empty())
                .flatMap(client -> {
                    if (client.isPresent()) {
                        long wait = failures.clientBlockedFor(clientId, source);
                        if (wait > 0) {
                            return Mono.just(Result.<AccessTokenIssuer.IssuedToken>refused(tooManyFailures(wait)));
                        }
                    }
                    String hash = client.filter(c -> !c.isRevoked()).map(ApiClient::secretHash).orElse(null);
                    return secrets.matches(clientSecret, hash).flatMap(ok -> {
                        if (!ok) {
                            failures.failed(source, client.isPresent() ? clientId : null);
                            return Mono.just(Result.<AccessTokenIssuer.IssuedToken>refused(invalidClient()));
                        }
                        RateLimits.Admission admission = rateLimits.token(clientId);
                        if (!admission.admitted()) {
                            return Mono.just(Result.<AccessTokenIssuer.IssuedToken>refused(new Refusal(
                                    Refusal.Reason.TOO_MANY_REQUESTS, "rate-limited", "Too many token requests",
                                    "Client " + clientId + " asked for too many tokens",
                                    Map.of("retryAfter", admission.retryAfterSeconds()))));
                        }
                        return issueFor(client.get());
                    });
                });
    }

    private static Refusal tooManyFailures(long retryAfterSeconds) {
        return new Refusal(Refusal.Reason.TOO_MANY_REQUESTS, "too-many-failed-attempts", "Too many failed attempts",
                "Too many wrong client secrets from your address; try again later",
                Map.of("retryAfter", retryAfterSeconds, "error", "slow_down"));
    }

    private Mono<Result<AccessTokenIssuer.IssuedToken>> issueFor(ApiClient client) {
        if (client.orgId().isEmpty()) {
            return issuer.issue(new Caller(client.id(), client.orgId(), client.platformRoles())).map(Result::accepted);
        }
        return organisations.find(client.orgId().get()).flatMap(org -> {
            if (!org.isAdmitted()) {
                return Mono.just(Result.<AccessTokenIssuer.IssuedToken>refused(notAdmitted(org)));
            }
            return issuer.issue(new Caller(client.id(), client.orgId(), EnumSet.copyOf(org.roles())))
                    .map(Result::accepted);
        });
    }

    static Refusal invalidClient() {
        return new Refusal(Refusal.Reason.UNAUTHENTICATED, "invalid-client", "Invalid client",
                "Unknown client, wrong secret, or revoked credentials",
                Map.of("error", "invalid_client"));
    }

    private static Refusal notAdmitted(Organisation org) {
        return new Refusal(Refusal.Reason.FORBIDDEN, "organisation-not-admitted", "Organisation not admitted",
                "The organisation is " + org.status() + "; tokens are issued only to admitted members",
                Map.of("error", "unauthorized_client", "status", org.status().name()));
    }
}
