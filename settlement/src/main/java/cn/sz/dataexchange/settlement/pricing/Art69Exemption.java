package cn.sz.dataexchange.settlement.pricing;

/** The exemptions of Art. 69, first paragraph, by item. Persist {@link #code()} (the item number). */
public enum Art69Exemption {

    /** Item 1: terms set by the counterparties' actual needs, within legitimate trading habits and industry practice. */
    DIFFERENT_ACTUAL_NEEDS(1),
    /** Item 2: promotions towards new users within a reasonable period. */
    NEW_USER_PROMOTION(2),
    /** Item 3: random trades under fair, reasonable and non-discriminatory rules. */
    RANDOM_TRADE_UNDER_FAIR_RULES(3);

    private final int code;

    Art69Exemption(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
