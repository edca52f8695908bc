package cn.sz.dataexchange.api.security;

import cn.sz.dataexchange.api.identity.application.ApiClients;
import cn.sz.dataexchange.api.identity.model.OrganisationStatus;
import cn.sz.dataexchange.api.web.Problem;
import cn.sz.dataexchange.api.web.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Runs after token verification: a token is only as good as what stands behind it now. A revoked
 * client is unauthenticated, an organisation that is not admitted (pending or suspended) can do
 * nothing, and every client keeps within its rate limit.
 */
public class CallerStandingFilter implements WebFilter {

    private final ApiClients clients;
    private final RateLimits rateLimits;
    private final ProblemWriter problems;

    public CallerStandingFilter(ApiClients clients, RateLimits rateLimits, ProblemWriter problems) {
        this.clients = clients;
        this.rateLimits = rateLimits;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(CallerAuthentication.class::isInstance)
                .cast(CallerAuthentication.class)
                .flatMap(auth -> check(auth).map(problem -> problems.write(exchange, problem)))
                .switchIfEmpty(Mono.fromSupplier(() -> chain.filter(exchange)))
                .flatMap(next -> next);
    }

    private Mono<Problem> check(CallerAuthentication auth) {
        Caller caller = auth.getPrincipal();
        RateLimits.Admission admission = rateLimits.api(caller.clientId().value());
        if (!admission.admitted()) {
            return Mono.just(Problem.of(429, "rate-limited", "Too many requests",
                            "Client " + caller.clientId() + " exceeded its request rate")
                    .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(admission.retryAfterSeconds())));
        }
        if (auth.isExternal()) {
            return Mono.empty();
        }
        return clients.standing(caller.clientId())
                .map(standing -> {
                    if (standing.clientRevoked()) {
                        return unauthenticated("the client's credentials were revoked");
                    }
                    Integer code = standing.organisationStatusCode();
                    if (code != null && code != OrganisationStatus.ADMITTED.code()) {
                        OrganisationStatus status = OrganisationStatus.ofCode(code);
                        return Problem.of(403, "organisation-not-admitted", "Organisation not admitted",
                                "The organisation is " + status + " and can do nothing on the exchange");
                    }
                    return NONE;
                })
                .defaultIfEmpty(unauthenticated("the client does not exist"))
                .filter(problem -> problem != NONE);
    }

    private static Problem unauthenticated(String detail) {
        return Problem.of(401, "unauthenticated", "Unauthenticated", detail)
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    }

    private static final Problem NONE = Problem.of(200, "none", "none", null);
}
