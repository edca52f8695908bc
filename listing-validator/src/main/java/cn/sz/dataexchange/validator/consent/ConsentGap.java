package cn.sz.dataexchange.validator.consent;

/** One way a subject's consent falls short of what the listing needs. */
public enum ConsentGap {
    NO_RECORD("no consent record"),
    NOT_YET_GIVEN("consent given only after the evaluation time"),
    WITHDRAWN("consent withdrawn"),
    EXPIRED("consent expired"),
    PURPOSE_NOT_COVERED("purposes not covered"),
    CATEGORY_NOT_COVERED("data categories not covered"),
    THIRD_PARTY_NOT_COVERED("provision to third parties not covered"),
    NOT_EXPRESS("consent not express although the data are sensitive or biometric"),
    NO_GUARDIAN_CONSENT("child under fourteen without a guardian's express consent");

    private final String description;

    ConsentGap(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public boolean in(int gaps) {
        return (gaps & bit()) != 0;
    }
}
