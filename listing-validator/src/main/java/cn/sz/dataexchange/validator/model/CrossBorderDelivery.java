package cn.sz.dataexchange.validator.model;

/**
 * Whether the product is delivered across the border, and the reference of the security
 * assessment of cross-border data (Art. 82) if one was obtained.
 */
public record CrossBorderDelivery(boolean delivered, String securityAssessmentRef) {

    public static final CrossBorderDelivery NONE = new CrossBorderDelivery(false, null);

    public boolean hasAssessment() {
        return securityAssessmentRef != null && !securityAssessmentRef.isBlank();
    }
}
