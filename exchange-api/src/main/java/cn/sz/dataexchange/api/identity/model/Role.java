package cn.sz.dataexchange.api.identity.model;

import java.util.Set;

/** What a caller may do: market roles held by organisations, platform roles held by the exchange's staff. */
public enum Role {
    SELLER(false), BUYER(false), ADMIN(true), REGULATOR(true);

    public static final Set<Role> MARKET = Set.of(SELLER, BUYER);
    public static final Set<Role> PLATFORM = Set.of(ADMIN, REGULATOR);

    private final boolean platform;

    Role(boolean platform) {
        this.platform = platform;
    }

    public boolean isPlatform() {
        return platform;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
