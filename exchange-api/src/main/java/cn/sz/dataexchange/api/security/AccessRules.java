package cn.sz.dataexchange.api.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Role rules an area of the service contributes for its own paths (for example listings or
 * trading), applied before the catch-all "authenticated" rule. Ownership is checked by the area's
 * use cases; these rules only say which roles may call which paths.
 *
 * <p>Reads are declared with {@link #reading(String...)}, never with {@code HttpMethod.GET} alone:
 * WebFlux answers a HEAD with the GET handler (status, headers and Content-Length of the body), so
 * a HEAD must meet the GET's rules. Methods no endpoint serves (OPTIONS, TRACE, ...) are refused
 * before any area's rule.
 */
@FunctionalInterface
public interface AccessRules {

    void apply(ServerHttpSecurity.AuthorizeExchangeSpec exchanges);

    /** Role names as Spring Security expects them in {@code hasRole}. */
    String ADMIN = "ADMIN";
    String REGULATOR = "REGULATOR";
    String SELLER = "SELLER";
    String BUYER = "BUYER";

    /** GET and HEAD of these path patterns: a HEAD is a GET without its body, under the same rules. */
    static ServerWebExchangeMatcher reading(String... patterns) {
        return new OrServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, patterns),
                ServerWebExchangeMatchers.pathMatchers(HttpMethod.HEAD, patterns));
    }
}
