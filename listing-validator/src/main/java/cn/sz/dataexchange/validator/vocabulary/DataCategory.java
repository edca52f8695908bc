package cn.sz.dataexchange.validator.vocabulary;

/**
 * Personal data categories, grouped as in GB/T 35273-2020 Annex A, with the sensitive ones of
 * Annex B marked (Art. 2(3)) and biometric data marked (Art. 2(4)).
 */
public enum DataCategory {
    BASIC_PROFILE("Name, gender, birth date, address", "personal basic information", false, false),
    CONTACT("Mobile number, e-mail address", "personal basic information", false, false),
    IDENTITY_DOCUMENT("Resident ID, passport, other identity documents", "personal identity information", true, false),
    BIOMETRIC("Face, fingerprint, voice print, iris, genes", "personal biometric information", true, true),
    HEALTH("Medical records, diagnoses, test results", "personal health and physiological information", true, false),
    FINANCIAL_ACCOUNT("Bank card and payment account numbers, balances", "personal property information", true, false),
    CREDIT_RECORD("Credit reports and loan records", "personal property information", true, false),
    TRANSACTION_RECORD("Purchase and payment transactions", "personal property information", true, false),
    PRECISE_LOCATION("Precise location and movement tracks", "personal location information", true, false),
    BROWSING_HISTORY("Web browsing and app usage records", "personal internet activity information", true, false),
    COMMUNICATION_CONTENT("Messages, call records, contact lists", "personal communication information", true, false),
    MINORS("Data of children under fourteen (Art. 20)", "personal information of minors", true, false),
    BELIEFS_AND_ORIENTATION("Religious belief, sexual orientation, marital history", "other sensitive information", true, false),
    CRIMINAL_RECORD("Undisclosed records of offences", "other sensitive information", true, false),
    EDUCATION_EMPLOYMENT("Education and employment history", "personal education and work information", false, false),
    DEVICE_IDENTIFIER("Device identifiers, IMEI, MAC, advertising IDs", "network identity information", false, false),
    VEHICLE("Vehicle plate and registration", "personal property information", false, false);

    private final String description;
    private final String standardGroup;
    private final boolean sensitive;
    private final boolean biometric;

    DataCategory(String description, String standardGroup, boolean sensitive, boolean biometric) {
        this.description = description;
        this.standardGroup = standardGroup;
        this.sensitive = sensitive;
        this.biometric = biometric;
    }

    public String description() {
        return description;
    }

    /** The GB/T 35273 group the category belongs to. */
    public String standardGroup() {
        return standardGroup;
    }

    /** Sensitive personal data in the sense of Art. 2(3): needs express consent (Art. 18). */
    public boolean sensitive() {
        return sensitive;
    }

    /** Biometric data in the sense of Art. 2(4): express consent per purpose (Art. 19). */
    public boolean biometric() {
        return biometric;
    }

    public long bit() {
        return 1L << ordinal();
    }
}
