package cn.sz.dataexchange.api.review.model;

import java.util.Arrays;

/** What an administrator decides on a listing under review, with stable codes. */
public enum Decision {
    APPROVE(10), REJECT(20), REQUEST_CHANGES(30);

    private final int code;

    Decision(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Decision ofCode(int code) {
        return Arrays.stream(values()).filter(d -> d.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown decision code " + code));
    }
}
