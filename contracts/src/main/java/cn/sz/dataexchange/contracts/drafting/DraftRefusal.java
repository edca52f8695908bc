package cn.sz.dataexchange.contracts.drafting;

/** Why a contract cannot be drafted from the inputs given; {@code field} names the input at fault. */
public record DraftRefusal(Reason reason, String field, String detail) {

    /** Stable codes, safe to show to callers and to map to HTTP 422. */
    public enum Reason {
        MISSING_OR_MALFORMED,
        INVALID_CREDIT_CODE,
        SELLER_IS_BUYER,
        PURPOSE_NOT_OFFERED,
        PRICE_OUT_OF_RANGE,
        LICENCE_TOO_SHORT,
        TERRITORY_MISSING,
        TERRITORY_OUTSIDE_CROSS_BORDER_TERMS,
        CROSS_BORDER_ASSESSMENT_MISSING
    }

    @Override
    public String toString() {
        return reason + " (" + field + "): " + detail;
    }
}
