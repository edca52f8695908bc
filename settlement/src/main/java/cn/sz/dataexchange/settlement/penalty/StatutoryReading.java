package cn.sz.dataexchange.settlement.penalty;

import java.util.Arrays;

/**
 * A reading of the law an assessment applied (ADR 0043), with a stable code, so a reviewer sees it
 * and can override it. Every assessment lists the readings it relied on.
 */
public enum StatutoryReading {

    ART94_THRESHOLD_IN_UPPER_BRACKET("art94.threshold-in-upper-bracket",
            "Art. 94: illegal income of exactly RMB 10,000 is in the upper bracket (RMB 200,000 to 1,000,000): the"
                    + " Chinese text pairs 不足一万元 (less than, excluding) with 一万元以上 (10,000 or more, including)"),
    ART94_LOWER_BRACKET_FIXED("art94.lower-bracket-fixed",
            "Art. 94: illegal income below RMB 10,000 is fined exactly RMB 50,000; discretion does not move it"),
    ILLEGAL_INCOME_NET_OF_REFUNDS("apl28.illegal-income-net-of-refunds",
            "Illegal income is the money obtained by the illegal act, less the amounts refunded to the victims"
                    + " (Administrative Penalty Law 2021 Art. 28)"),
    ART95_NO_FINE_WITHOUT_REFUSAL_OR_SERIOUSNESS("art95.no-fine-without-refusal-or-seriousness",
            "Art. 95: without a refused correction and without serious circumstances, correction is ordered and"
                    + " illegal income confiscated, but no fine is imposed"),
    ART95_REFUSAL_TIER("art95.refusal-tier",
            "Art. 95: a refusal to correct is fined RMB 50,000 to RMB 500,000"),
    ART95_SERIOUS_TIER_STANDS_ALONE("art95.serious-tier-stands-alone",
            "Art. 95: the serious-circumstances clause (情节严重的) is a tier of its own and does not require a"
                    + " refused correction (as PIPL Art. 66(2))"),
    ART95_SERIOUS_TIER_NO_MINIMUM("art95.serious-tier-no-minimum",
            "Art. 95: the serious tier states no minimum: the statutory range is from zero up to 5 % of the previous"
                    + " year's turnover, at most RMB 50 million; any floor is a proposal of the discretion policy");

    /** The readings a deciding official may set aside (with reasons, recorded by the caller); the rest are arithmetic. */
    public static final java.util.Set<StatutoryReading> OVERRIDABLE = java.util.EnumSet.of(ART94_THRESHOLD_IN_UPPER_BRACKET,
            ART95_SERIOUS_TIER_STANDS_ALONE, ART95_SERIOUS_TIER_NO_MINIMUM);

    private final String code;
    private final String text;

    StatutoryReading(String code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The stable code to persist and show. */
    public String code() {
        return code;
    }

    public String text() {
        return text;
    }

    public static StatutoryReading ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown statutory reading " + code));
    }
}
