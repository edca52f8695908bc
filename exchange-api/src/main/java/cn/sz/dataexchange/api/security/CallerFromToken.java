package cn.sz.dataexchange.api.security;

import cn.sz.dataexchange.api.identity.model.ClientId;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Reads the caller out of a verified token: subject, organisation and roles. Role names that are
 * not ours are ignored; a market role without an organisation is dropped, so a token can never
 * act for nobody.
 */
public class CallerFromToken implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final SecurityProperties properties;

    public CallerFromToken(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        SecurityProperties.ExternalIdp idp = properties.externalIdp();
        boolean external = idp.configured() && idp.issuer().equals(jwt.getClaimAsString("iss"));
        String rolesClaim = external ? idp.rolesClaim() : TokenClaims.ROLES;
        String orgClaim = external ? idp.orgClaim() : TokenClaims.ORG;

        Optional<OrgId> org = Optional.ofNullable(jwt.getClaimAsString(orgClaim)).flatMap(CallerFromToken::orgId);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : roleNames(jwt.getClaim(rolesClaim))) {
            Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().ifPresent(roles::add);
        }
        if (org.isEmpty()) {
            roles.removeAll(Role.MARKET);
        } else {
            roles.removeAll(Role.PLATFORM);
        }
        Caller caller = new Caller(new ClientId(jwt.getSubject()), org, roles);
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return Mono.just(new CallerAuthentication(caller, jwt, external, authorities));
    }

    private static Collection<String> roleNames(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value) {
            return Arrays.asList(value.split("[ ,]+"));
        }
        return List.of();
    }

    private static Optional<OrgId> orgId(String value) {
        try {
            return Optional.of(new OrgId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
