package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.model.DataSource;
import cn.sz.dataexchange.validator.model.Evidence;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;
import cn.sz.dataexchange.validator.model.SourceKind;
import cn.sz.dataexchange.validator.publicdata.CatalogEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule 7a (Art. 67(2), 48): public data sources must be open; conditionally open ones need an
 * authorisation reference; non-open or unknown entries are refused.
 */
public final class PublicDataSourceRule implements ListingRule {

    @Override
    public RuleId id() {
        return RuleId.PUBLIC_DATA_SOURCE;
    }

    @Override
    public List<Finding> evaluate(ListingContext ctx) {
        List<Finding> findings = new ArrayList<>();
        for (DataSource source : ctx.manifest().sources()) {
            if (source.kind() == SourceKind.PUBLIC_DATA) {
                findings.add(judge(source, ctx));
            }
        }
        return findings;
    }

    private Finding judge(DataSource source, ListingContext ctx) {
        String id = source.catalogEntryId();
        if (id == null || id.isBlank()) {
            return block("A public data source names no catalog entry.", Map.of(),
                    "Cite the catalog entry id of the public data used.");
        }
        Optional<CatalogEntry> entry = ctx.catalog().findEntry(id);
        Map<String, String> figures = Map.of("catalogEntryId", id);
        if (entry.isEmpty()) {
            return block("Public data catalog entry '" + id + "' does not exist.", figures,
                    "Cite an existing catalog entry or remove the data taken from it.");
        }
        CatalogEntry e = entry.get();
        Map<String, String> withCategory = Map.of("catalogEntryId", id, "openCategory", e.openCategory().name());
        return switch (e.openCategory()) {
            case NON_OPEN -> block("Public data catalog entry '" + id + "' is non-open public data, which may not be traded.",
                    withCategory, "Remove the data taken from '" + id + "'.");
            case CONDITIONALLY_OPEN -> hasText(source.authorisationRef())
                    ? info("Conditionally open public data '" + id + "' is used under authorisation "
                    + source.authorisationRef() + ".", withCategory)
                    : block("Public data catalog entry '" + id + "' is conditionally open and no authorisation is cited"
                    + (e.conditions() == null ? "." : " (conditions: " + e.conditions() + ")."), withCategory,
                    "Cite the authorisation reference for '" + id + "' or remove its data.");
            case UNCONDITIONALLY_OPEN -> info("Public data '" + id + "' is unconditionally open.", withCategory);
        };
    }

    private Finding block(String message, Map<String, String> figures, String remediation) {
        return Finding.of(id(), Severity.BLOCKING, message, Evidence.NONE.withFigures(figures), remediation);
    }

    private Finding info(String message, Map<String, String> figures) {
        return Finding.of(id(), Severity.INFO, message, Evidence.NONE.withFigures(figures), null);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
