package cn.sz.dataexchange.api.listings.model;

import java.util.Arrays;

/** Why a run validates a version: the seller submitted it, or it is re-checked while suspended. */
public enum RunKind {
    SUBMISSION(10), REVALIDATION(20);

    private final int code;

    RunKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static RunKind ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown run kind code " + code));
    }
}
