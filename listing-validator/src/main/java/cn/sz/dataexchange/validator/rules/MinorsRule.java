package cn.sz.dataexchange.validator.rules;

import cn.sz.dataexchange.validator.consent.ConsentGap;
import cn.sz.dataexchange.validator.facts.ConsentCoverage;
import cn.sz.dataexchange.validator.model.Evidence;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule 3 (Art. 20, 30): children under fourteen need their guardian's express consent; they are
 * reported apart. Birth dates come from resident IDs or the birth-date column; a subject counts as
 * a child for a consent record when under fourteen on the day it was given, or on the day the data
 * were collected when the asset says so (ADR 0028): turning fourteen later does not cure it.
 */
public final class MinorsRule implements ListingRule {

    @Override
    public RuleId id() {
        return RuleId.MINORS;
    }

    @Override
    public List<Finding> evaluate(ListingContext ctx) {
        if (ctx.facts().consent().isEmpty() || ctx.manifest().anonymizedClaim()) {
            return List.of();
        }
        ConsentCoverage coverage = ctx.facts().consent().get();
        ConsentCoverage.Tally minors = coverage.minors();
        if (minors.count() == 0) {
            return List.of();
        }
        int age = ctx.config().minorAgeYears();
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.of(id(), Severity.INFO, minors.count() + " data subjects are children: under " + age
                        + " today, when their data were collected or when their consent was given.",
                Evidence.counts(Map.of("minors", minors.count())).withSampleLines(minors.sampleLines()), null));
        ConsentCoverage.Tally noGuardian = coverage.gap(ConsentGap.NO_GUARDIAN_CONSENT);
        if (noGuardian.count() > 0) {
            findings.add(Finding.of(id(), Severity.BLOCKING,
                    noGuardian.count() + " subjects who were under " + age + " when they consented or when their data "
                            + "were collected have no express consent from a guardian.",
                    Evidence.counts(Map.of("minorsWithoutGuardianConsent", noGuardian.count()))
                            .withSampleLines(noGuardian.sampleLines()),
                    "Obtain the guardians' express consent for these " + noGuardian.count()
                            + " children or remove their rows."));
        }
        if (!ctx.manifest().declares(DataCategory.MINORS)) {
            findings.add(Finding.of(id(), Severity.WARNING,
                    "The asset holds data of children under " + age + " but the manifest does not declare the category MINORS.",
                    Evidence.counts(Map.of("minors", minors.count())),
                    "Add MINORS to the declared personal data categories."));
        }
        return findings;
    }
}
