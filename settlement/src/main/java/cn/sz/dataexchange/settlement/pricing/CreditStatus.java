package cn.sz.dataexchange.settlement.pricing;

/** A counterparty's credit status, best first. Persist {@link #code()}; {@link #rank()} measures distance. */
public enum CreditStatus {

    EXCELLENT(1),
    GOOD(2),
    FAIR(3),
    POOR(4),
    UNTRUSTWORTHY(5);

    private final int code;

    CreditStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Steps between two statuses: EXCELLENT to FAIR is 2. */
    public int stepsTo(CreditStatus other) {
        return Math.abs(code - other.code);
    }
}
