package cn.sz.dataexchange.api.enforcement.model;

import java.util.Arrays;
import java.util.Locale;

/** What can happen to a case. Stable codes. */
public enum CaseEvent {
    OPEN(1),
    INVESTIGATE(2),
    REFER(3),
    ORDER_CORRECTION(4),
    CONFIRM_CORRECTED(5),
    RECORD_REFUSAL(6),
    CORRECTION_DEADLINE_PASSED(7),
    DECIDE(8),
    ENFORCE(9),
    CLOSE(10),
    DISMISS(11),
    /** Recorded without a move: the respondent's statement. */
    STATEMENT_SUBMITTED(12),
    /** Recorded without a move: staff confirmed a counterparty's actual need (Art. 69 item 1). */
    NEED_CONFIRMED(13);

    private final int code;

    CaseEvent(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The dotted name used in audit records, e.g. {@code case.order-correction}. */
    public String dottedName() {
        return "case." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CaseEvent ofCode(int code) {
        return Arrays.stream(values()).filter(e -> e.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown case event code " + code));
    }
}
