package cn.sz.dataexchange.api.enforcement.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands, with stable persisted codes (never the ordinal); ADR 0080. The allowed moves
 * are in {@link CaseTransitions}.
 */
public enum CaseState {
    OPENED(10),
    INVESTIGATING(20),
    REFERRED(30),
    CORRECTION_ORDERED(40),
    CORRECTED(50),
    CORRECTION_REFUSED(60),
    DECIDED(70),
    ENFORCED(80),
    CLOSED(90),
    DISMISSED(100);

    /** States no event leaves. */
    public static final Set<CaseState> FINAL = EnumSet.of(CLOSED, DISMISSED);

    private final int code;

    CaseState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    public static CaseState ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown case state code " + code));
    }
}
