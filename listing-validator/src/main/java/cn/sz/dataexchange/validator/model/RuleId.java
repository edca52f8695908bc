package cn.sz.dataexchange.validator.model;

/**
 * Stable identifiers of the rules and the articles they enforce. The {@code code} is persisted
 * in stored reports and must never change; new rules get new codes.
 */
public enum RuleId {
    CONSENT_PROVENANCE("LV-CONSENT-01", "Art. 67(1); Art. 14, 16, 22"),
    EXPRESS_CONSENT("LV-CONSENT-02", "Art. 18, 19"),
    MINORS("LV-MINORS-01", "Art. 20, 30"),
    UNDECLARED_PERSONAL_DATA("LV-PD-01", "Art. 67(1); Art. 2(2), 10, 14"),
    ORGANISATION_IDENTIFIERS("LV-PD-02", "Art. 2(2)"),
    DE_IDENTIFICATION("LV-DEID-01", "Art. 26, 27"),
    ANONYMIZATION_CLAIM("LV-ANON-01", "Art. 2(7)"),
    PUBLIC_DATA_SOURCE("LV-PUBLIC-01", "Art. 67(2); Art. 48, 49"),
    RESTRICTED_OVERLAP("LV-PUBLIC-02", "Art. 67(2); Art. 48"),
    PROHIBITED_DATA("LV-PROHIBITED-01", "Art. 67(3); Art. 74"),
    CROSS_BORDER("LV-XBORDER-01", "Art. 82");

    private final String code;
    private final String article;

    RuleId(String code, String article) {
        this.code = code;
        this.article = article;
    }

    public String code() {
        return code;
    }

    public String article() {
        return article;
    }

    public static RuleId fromCode(String code) {
        for (RuleId id : values()) {
            if (id.code.equals(code)) {
                return id;
            }
        }
        throw new IllegalArgumentException("unknown rule id " + code);
    }
}
