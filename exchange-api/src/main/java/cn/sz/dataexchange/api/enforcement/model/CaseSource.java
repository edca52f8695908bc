package cn.sz.dataexchange.api.enforcement.model;

import java.util.Arrays;

/** Where a case came from. Stable codes. */
public enum CaseSource {
    /** An administrator's or regulator's own finding, with reasons. */
    MANUAL_FINDING(1),
    /** A complaint of a buyer, or of an administrator on behalf of a data subject. */
    COMPLAINT(2),
    /** An Art. 69 differential-pricing detection run. */
    ART69_DETECTION(3),
    /** Re-validation after a consent withdrawal or expiry (Art. 67 item 1 after the fact). */
    CONSENT_REVALIDATION(4);

    private final int code;

    CaseSource(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static CaseSource ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown case source code " + code));
    }
}
