package cn.sz.dataexchange.contracts.model;

import java.util.List;
import java.util.Optional;

/**
 * Art. 82: whether the data may leave mainland China, to where, and the reference of the
 * cross-border security assessment, which is required when personal or important data leaves.
 *
 * @param securityAssessmentReference null when none was needed or given
 */
public record CrossBorderTerms(boolean allowed, List<String> destinations, boolean personalOrImportantData,
                               String securityAssessmentReference) {

    public CrossBorderTerms {
        destinations = List.copyOf(destinations);
        if (!allowed && !destinations.isEmpty()) {
            throw new IllegalArgumentException("destinations are only listed when cross-border provision is allowed");
        }
        if (securityAssessmentReference != null && securityAssessmentReference.isBlank()) {
            securityAssessmentReference = null;
        }
    }

    public static CrossBorderTerms notAllowed(boolean personalOrImportantData) {
        return new CrossBorderTerms(false, List.of(), personalOrImportantData, null);
    }

    public Optional<String> assessmentReference() {
        return Optional.ofNullable(securityAssessmentReference);
    }

    /** True when Art. 82 asks for a security assessment before the data crosses the border. */
    public boolean assessmentRequired() {
        return allowed && personalOrImportantData;
    }
}
