package cn.sz.dataexchange.validator.vocabulary;

/** A purpose a data product may be offered for; consent records name the purposes they cover. */
public enum Purpose {
    IDENTITY_VERIFICATION("Verifying a person's identity"),
    CREDIT_ASSESSMENT("Assessing creditworthiness"),
    RISK_CONTROL("Fraud and risk control"),
    INSURANCE_UNDERWRITING("Insurance underwriting and claims"),
    MARKETING("Direct marketing"),
    ADVERTISING("Advertising, including targeted advertising"),
    USER_PORTRAIT("Building user portraits (Art. 2(8), 29)"),
    PERSONALISED_RECOMMENDATION("Personalised recommendation (Art. 29, 30)"),
    PRODUCT_IMPROVEMENT("Improving products and services"),
    STATISTICS("Statistical analysis"),
    SCIENTIFIC_RESEARCH("Scientific research"),
    MODEL_TRAINING("Training machine-learning models"),
    HEALTH_CARE("Medical care and health management"),
    RECRUITMENT("Recruitment and human resources"),
    PUBLIC_SERVICE("Public administration and public services");

    private final String description;

    Purpose(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public long bit() {
        return 1L << ordinal();
    }
}
