package cn.sz.dataexchange.api.listings.model;

import java.util.Arrays;

/** Where a validation run is, with stable codes. A run is leased while RUNNING; an expired lease makes it claimable again. */
public enum RunState {
    QUEUED(10), RUNNING(20), SUCCEEDED(30), FAILED(40);

    private final int code;

    RunState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }

    public static RunState ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown run state code " + code));
    }
}
