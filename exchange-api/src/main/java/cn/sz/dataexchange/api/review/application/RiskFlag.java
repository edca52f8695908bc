package cn.sz.dataexchange.api.review.application;

/**
 * A reason for a reviewer's attention: what the seller declared, and what validation found (ADR
 * 0029). Flags of findings carry a count and are the queue's sort keys.
 */
public enum RiskFlag {
    PERSONAL_DATA("v.personal_data", null),
    SENSITIVE_DATA("v.sensitive", null),
    BIOMETRIC_DATA("v.biometric", null),
    MINORS("v.minors", null),
    CROSS_BORDER("v.cross_border", null),
    PUBLIC_DATA_SOURCES("v.public_sources", null),
    /** Validation found children among the data subjects. */
    CHILDREN_FOUND(null, "found_children"),
    /** Validation found identifiers of sensitive categories (resident IDs, passports, bank cards). */
    SENSITIVE_DATA_FOUND(null, "found_sensitive"),
    /** Validation found identifiers of persons the manifest does not declare. */
    UNDECLARED_IDENTIFIERS(null, "found_undeclared"),
    /** Records sit in equivalence classes smaller than k. */
    K_ANONYMITY_BELOW_THRESHOLD(null, "found_below_k"),
    /** Rows match fingerprints of non-open public data. */
    PUBLIC_DATA_OVERLAP(null, "found_public_overlap");

    private final String declaredColumn;
    private final String foundColumn;

    RiskFlag(String declaredColumn, String foundColumn) {
        this.declaredColumn = declaredColumn;
        this.foundColumn = foundColumn;
    }

    /** Whether the flag comes from validation (with a count) rather than from the declaration. */
    public boolean found() {
        return foundColumn != null;
    }

    /** The validation run's column holding the count, for flags of findings. */
    public String foundColumn() {
        return foundColumn;
    }

    /** The SQL condition (over listing version {@code v} and run {@code r}) of a version carrying the flag. */
    public String condition() {
        return found() ? "coalesce(r." + foundColumn + ", 0) > 0" : declaredColumn;
    }
}
