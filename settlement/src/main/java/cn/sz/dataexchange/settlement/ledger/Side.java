package cn.sz.dataexchange.settlement.ledger;

/** The side of a posting. Persist {@link #code()}. */
public enum Side {

    DEBIT(1),
    CREDIT(2);

    private final int code;

    Side(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public Side opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }

    public static Side fromCode(int code) {
        for (Side side : values()) {
            if (side.code == code) {
                return side;
            }
        }
        throw new IllegalArgumentException("unknown side code " + code);
    }
}
