package cn.sz.dataexchange.api.listings.model;

import cn.sz.dataexchange.validator.ValidationPhase;
import java.util.Arrays;

/** The validator's phases as persisted codes, plus waiting for a worker. */
public enum RunPhase {
    WAITING(0), READING_ASSET(10), CHECKING_REMAINING_CONSENTS(20), EVALUATING_RULES(30), DONE(40);

    private final int code;

    RunPhase(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static RunPhase of(ValidationPhase phase) {
        return valueOf(phase.name());
    }

    public static RunPhase ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown run phase code " + code));
    }
}
