package cn.sz.dataexchange.contracts.drafting;

import java.util.List;

/**
 * The listing version being bought, with the usage terms the seller offers.
 *
 * @param offeredPurposes purposes the buyer may declare; empty means any
 * @param territory ISO 3166-1 alpha-2 codes where the data may be used, e.g. {@code ["CN"]}
 * @param personalOrImportantData whether the data holds personal data or important data (Art. 82)
 * @param crossBorderDestinations where the data may go outside mainland China; empty means nowhere
 * @param securityAssessmentReference the cross-border security assessment, when one was done; may be null
 */
public record ListingVersionInput(String listingId, int versionNumber, String title, String assetSha256Hex,
                                  List<String> offeredPurposes, String permittedUse, int licenceDays,
                                  List<String> territory, boolean onwardSaleLicensed, boolean personalOrImportantData,
                                  List<String> crossBorderDestinations, String securityAssessmentReference) {

    public ListingVersionInput {
        offeredPurposes = offeredPurposes == null ? List.of() : List.copyOf(offeredPurposes);
        territory = territory == null ? List.of() : List.copyOf(territory);
        crossBorderDestinations = crossBorderDestinations == null ? List.of() : List.copyOf(crossBorderDestinations);
    }
}
