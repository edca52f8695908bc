package cn.sz.dataexchange.api.identity.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An organisation's membership status, with stable persisted codes. An organisation registers as
 * PENDING; only an ADMITTED one may act; a SUSPENDED one can do nothing until admitted again.
 */
public enum OrganisationStatus {
    PENDING(10), ADMITTED(20), SUSPENDED(30);

    private static final Map<OrganisationStatus, Set<OrganisationStatus>> ALLOWED = Map.of(
            PENDING, EnumSet.of(ADMITTED, SUSPENDED),
            ADMITTED, EnumSet.of(SUSPENDED),
            SUSPENDED, EnumSet.of(ADMITTED));

    private final int code;

    OrganisationStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean canMoveTo(OrganisationStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public static OrganisationStatus ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown organisation status code " + code));
    }
}
