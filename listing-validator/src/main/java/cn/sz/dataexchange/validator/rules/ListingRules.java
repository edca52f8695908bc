package cn.sz.dataexchange.validator.rules;

import java.util.List;

/** Every rule the engine applies, in the order their findings appear in the report. */
public final class ListingRules {

    private ListingRules() {
    }

    public static List<ListingRule> allCurrentRules() {
        return List.of(
                new ConsentProvenanceRule(),
                new ExpressConsentRule(),
                new MinorsRule(),
                new UndeclaredPersonalDataRule(),
                new OrganisationIdentifiersRule(),
                new DeIdentificationRule(),
                new AnonymizationClaimRule(),
                new PublicDataSourceRule(),
                new RestrictedOverlapRule(),
                new ProhibitedDataRule(),
                new CrossBorderRule());
    }
}
