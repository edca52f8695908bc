package cn.sz.dataexchange.api.security;

/** Names of the claims our access tokens carry beyond the registered ones. */
public final class TokenClaims {

    public static final String ROLES = "roles";
    public static final String ORG = "org";

    private TokenClaims() {
    }
}
