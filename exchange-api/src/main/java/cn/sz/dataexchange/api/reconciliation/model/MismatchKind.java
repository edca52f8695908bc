package cn.sz.dataexchange.api.reconciliation.model;

/** How the two sides disagree about one operation. Persist {@link #code()}. */
public enum MismatchKind {

    /** The gateway carried it out; the journal has no record of it. */
    MISSING_IN_LEDGER(1),
    /** The journal records it; the gateway has no such operation. */
    MISSING_AT_GATEWAY(2),
    /** Both have it, with different amounts (or, for a release, different fees). */
    AMOUNT_DIFFERS(3),
    /** Both have it, in different states (e.g. the gateway refunded an escrow the journal holds). */
    STATE_DIFFERS(4);

    private final int code;

    MismatchKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static MismatchKind fromCode(int code) {
        for (MismatchKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown mismatch kind code " + code);
    }
}
