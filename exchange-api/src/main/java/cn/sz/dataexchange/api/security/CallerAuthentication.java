package cn.sz.dataexchange.api.security;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated request: the {@link Caller} as principal, the verified token as credentials. */
public class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final Jwt token;
    private final boolean external;

    public CallerAuthentication(Caller caller, Jwt token, boolean external,
                                Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.caller = caller;
        this.token = token;
        this.external = external;
        setAuthenticated(true);
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return caller.clientId().value();
    }

    /** Whether the token came from the external identity provider rather than from us. */
    public boolean isExternal() {
        return external;
    }
}
