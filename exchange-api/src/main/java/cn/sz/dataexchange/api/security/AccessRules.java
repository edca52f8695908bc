package cn.sz.dataexchange.api.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * Role rules an area of the service contributes for its own paths (for example listings or
 * trading), applied before the catch-all "authenticated" rule. Ownership is checked by the area's
 * use cases; these rules only say which roles may call which paths.
 */
@FunctionalInterface
public interface AccessRules {

    void apply(ServerHttpSecurity.AuthorizeExchangeSpec exchanges);

    /** Role names as Spring Security expects them in {@code hasRole}. */
    String ADMIN = "ADMIN";
    String REGULATOR = "REGULATOR";
    String SELLER = "SELLER";
    String BUYER = "BUYER";
}
