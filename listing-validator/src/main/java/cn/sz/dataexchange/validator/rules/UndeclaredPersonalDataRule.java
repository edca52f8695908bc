package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.facts.IdentifierOccurrences;
import cn.sz.dataexchange.validator.model.Evidence;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule 4: every value is scanned for identifiers of natural persons; whatever the manifest did
 * not declare (personal data at all, or the category an identifier reveals) is refused.
 */
public final class UndeclaredPersonalDataRule implements ListingRule {

    @Override
    public RuleId id() {
        return RuleId.UNDECLARED_PERSONAL_DATA;
    }

    @Override
    public List<Finding> evaluate(ListingContext ctx) {
        List<Finding> findings = new ArrayList<>();
        for (IdentifierOccurrences o : ctx.facts().identifiers().personal()) {
            boolean declared = ctx.manifest().personalDataPresent() && ctx.manifest().declares(o.kind().category());
            Evidence evidence = Evidence.counts(Map.of("values", o.values()))
                    .withFigures(Map.of("kind", o.kind().name(), "category", o.kind().category().name()))
                    .withColumns(List.of(o.column()))
                    .withSampleLines(o.sampleLines())
                    .withMaskedSamples(o.maskedSamples());
            if (declared) {
                findings.add(Finding.of(id(), Severity.INFO,
                        "Column '" + o.column() + "' holds " + o.values() + " " + label(o) + " values, as declared ("
                                + o.kind().category() + ").", evidence, null));
            } else {
                String why = ctx.manifest().personalDataPresent()
                        ? "the manifest does not declare the category " + o.kind().category()
                        : "the manifest declares no personal data";
                findings.add(Finding.of(id(), Severity.BLOCKING,
                        "Column '" + o.column() + "' holds " + o.values() + " " + label(o) + " values, but " + why + ".",
                        evidence, "Declare " + o.kind().category() + " and the consent for it, or remove or "
                                + "de-identify column '" + o.column() + "'."));
            }
        }
        return findings;
    }

    private static String label(IdentifierOccurrences o) {
        return o.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
