package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.consent.ConsentGap;
import cn.sz.dataexchange.validator.facts.ConsentCoverage;
import cn.sz.dataexchange.validator.model.Evidence;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 1 (Art. 67(1), 14-16, 22): every subject has a consent in force that covers the product's
 * purposes and data categories, unless the product claims to be anonymized (then rule 6 judges it).
 */
public final class ConsentProvenanceRule implements ListingRule {

    private static final List<ConsentGap> PROVENANCE = List.of(ConsentGap.NO_RECORD, ConsentGap.NOT_YET_GIVEN,
            ConsentGap.WITHDRAWN, ConsentGap.EXPIRED, ConsentGap.PURPOSE_NOT_COVERED, ConsentGap.CATEGORY_NOT_COVERED);

    @Override
    public RuleId id() {
        return RuleId.CONSENT_PROVENANCE;
    }

    @Override
    public List<Finding> evaluate(ListingContext ctx) {
        if (!ctx.manifest().personalDataPresent()) {
            return List.of();
        }
        if (ctx.manifest().anonymizedClaim()) {
            return List.of(Finding.of(id(), Severity.INFO,
                    "Consent was not checked: the product claims to be anonymized, which rule LV-ANON-01 verifies.",
                    Evidence.NONE, null));
        }
        if (ctx.manifest().subjectColumn() == null || ctx.facts().consent().isEmpty()) {
            return List.of(Finding.of(id(), Severity.BLOCKING,
                    "The manifest declares personal data but no subject column, so consent cannot be verified.",
                    Evidence.NONE, "Declare the column that identifies the data subject and how its keys are derived."));
        }
        ConsentCoverage coverage = ctx.facts().consent().get();
        List<Finding> findings = new ArrayList<>();
        unidentifiedRows(coverage).ifPresent(findings::add);
        if (coverage.provenanceGaps().count() > 0) {
            findings.add(uncovered(coverage));
        } else if (coverage.subjects() > 0) {
            findings.add(Finding.of(id(), Severity.INFO,
                    "All " + coverage.subjects() + " data subjects have consent in force for the product's purposes and categories.",
                    Evidence.counts(Map.of("subjects", coverage.subjects(), "covered", coverage.covered())), null));
        }
        return findings;
    }

    private Finding uncovered(ConsentCoverage c) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("subjects", c.subjects());
        counts.put("covered", c.covered());
        counts.put("uncovered", c.provenanceGaps().count());
        for (ConsentGap gap : PROVENANCE) {
            if (c.gap(gap).count() > 0) {
                counts.put(gap.name(), c.gap(gap).count());
            }
        }
        String percent = String.format(java.util.Locale.ROOT, "%.2f%%", 100.0 * c.covered() / c.subjects());
        Evidence evidence = Evidence.counts(counts).withFigures(Map.of("coverage", percent))
                .withSampleLines(c.provenanceGaps().sampleLines());
        return Finding.of(id(), Severity.BLOCKING,
                c.provenanceGaps().count() + " of " + c.subjects() + " data subjects lack a consent in force that covers "
                        + "the product's purposes and data categories (coverage " + percent + ").",
                evidence, "Remove the rows of these " + c.provenanceGaps().count()
                        + " subjects or provide consent records covering them.");
    }

    private java.util.Optional<Finding> unidentifiedRows(ConsentCoverage c) {
        long rows = c.rowsWithoutSubject().count() + c.invalidKeys().count();
        if (rows == 0) {
            return java.util.Optional.empty();
        }
        List<Long> lines = new ArrayList<>(c.rowsWithoutSubject().sampleLines());
        lines.addAll(c.invalidKeys().sampleLines());
        lines.sort(null);
        return java.util.Optional.of(Finding.of(id(), Severity.BLOCKING,
                rows + " rows have no usable value in the subject column, so their consent cannot be verified.",
                Evidence.counts(Map.of("rowsWithoutSubject", c.rowsWithoutSubject().count(),
                        "rowsWithMalformedKey", c.invalidKeys().count())).withSampleLines(lines),
                "Fill in the subject column of these " + rows + " rows (precomputed keys are 64 hex characters) or remove them."));
    }
}
