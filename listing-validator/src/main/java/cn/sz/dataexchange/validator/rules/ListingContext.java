package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.facts.AssetFacts;
import cn.sz.dataexchange.validator.model.ListingManifest;
import cn.sz.dataexchange.validator.model.SubjectKeyForm;
import cn.sz.dataexchange.validator.model.ValidatorConfig;
import cn.sz.dataexchange.validator.publicdata.PublicDataCatalog;

/** What a rule may look at: the declaration, the facts of the asset, the thresholds and the catalog. */
public record ListingContext(ListingManifest manifest, AssetFacts facts, ValidatorConfig config,
                             PublicDataCatalog catalog) {

    /** Whether the delivered data carry direct identifiers: identifiers of persons, or raw subject identifiers. */
    public boolean carriesDirectIdentifiers() {
        return !facts.identifiers().personal().isEmpty() || rawSubjectColumn();
    }

    public boolean rawSubjectColumn() {
        return manifest.subjectColumn() != null
                && manifest.subjectColumn().form() == SubjectKeyForm.RAW_IDENTIFIER;
    }
}
