package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.facts.AnonymityFigures;
import cn.sz.dataexchange.validator.model.Evidence;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rule 6 (Art. 2(7)): a product claimed to be anonymized has no direct identifiers and is
 * k-anonymous over its quasi-identifiers (and l-diverse on a declared sensitive column).
 */
public final class AnonymizationClaimRule implements ListingRule {

    @Override
    public RuleId id() {
        return RuleId.ANONYMIZATION_CLAIM;
    }

    @Override
    public List<Finding> evaluate(ListingContext ctx) {
        if (!ctx.manifest().anonymizedClaim()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        if (ctx.carriesDirectIdentifiers()) {
            findings.add(Finding.of(id(), Severity.BLOCKING,
                    "The product is claimed to be anonymized but carries direct identifiers in "
                            + ctx.facts().identifiers().rowsWithPersonalIdentifiers() + " rows.",
                    Evidence.counts(Map.of("rowsWithDirectIdentifiers", ctx.facts().identifiers().rowsWithPersonalIdentifiers())),
                    "Remove the direct identifiers (see LV-PD-01) or withdraw the anonymization claim."));
        }
        if (ctx.facts().anonymity().isEmpty()) {
            findings.add(Finding.of(id(), Severity.WARNING,
                    "No quasi-identifiers are declared, so re-identification risk was not measured.", Evidence.NONE,
                    "Declare the columns that could single out a person together (age, gender, district, ...)."));
            return findings;
        }
        findings.add(kAnonymity(ctx.facts().anonymity().get(), ctx.config().kAnonymity(), ctx.config().lDiversity()));
        return findings;
    }

    private Finding kAnonymity(AnonymityFigures a, int k, int l) {
        String risk = String.format(Locale.ROOT, "%.4f", a.prosecutorRisk());
        Evidence evidence = Evidence.counts(Map.of("rows", a.rows(), "classes", a.classes(), "kMin", a.smallestClass(),
                        "classesBelowK", a.classesBelowK(), "recordsAtRisk", a.rowsBelowK(),
                        "lMin", a.lowestDiversity(), "classesBelowL", a.classesBelowL()))
                .withFigures(Map.of("prosecutorRisk", risk, "k", Integer.toString(k), "l", Integer.toString(l)))
                .withColumns(a.quasiIdentifiers())
                .withSampleLines(a.sampleLines());
        if (!a.missingColumns().isEmpty()) {
            return Finding.of(id(), Severity.BLOCKING, "Declared quasi-identifiers " + a.missingColumns()
                    + " are not in the asset, so k-anonymity cannot be established.", evidence,
                    "Correct the quasi-identifier column names in the manifest.");
        }
        if (a.rows() > 0 && a.smallestClass() < k) {
            return Finding.of(id(), Severity.BLOCKING, "The data are not " + k + "-anonymous: the smallest class over "
                    + a.quasiIdentifiers() + " has " + a.smallestClass() + " record(s) (prosecutor risk " + risk + "); "
                    + a.rowsBelowK() + " records in " + a.classesBelowK() + " classes are at risk.", evidence,
                    "Generalise or suppress the quasi-identifiers of these " + a.rowsBelowK() + " records until every class has at least " + k + ".");
        }
        if (a.lowestDiversity() >= 0 && a.classesBelowL() > 0) {
            return Finding.of(id(), Severity.BLOCKING, a.classesBelowL() + " classes have fewer than " + l
                    + " distinct values of the sensitive column (lowest " + a.lowestDiversity() + ").", evidence,
                    "Generalise the quasi-identifiers or the sensitive values until each class has " + l + " distinct values.");
        }
        return Finding.of(id(), Severity.INFO, "The data are " + k + "-anonymous over " + a.quasiIdentifiers()
                + " (smallest class " + a.smallestClass() + ", prosecutor risk " + risk + ").", evidence, null);
    }
}
