package cn.sz.dataexchange.api.listings.model;

import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.Severity;
import cn.sz.dataexchange.validator.model.ValidationReport;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;

/**
 * What validation found that a reviewer must weigh, as counts taken from the report and kept with
 * the run so that the review queue can be filtered and sorted by them (ADR 0029).
 *
 * @param childrenFound         data subjects who are children (LV-MINORS-01)
 * @param sensitiveFound        identifier values of sensitive categories found in the asset (LV-PD-01: resident
 *                              IDs, passports, bank cards), declared or not
 * @param undeclaredIdentifiers identifier values of persons the manifest did not declare (blocking LV-PD-01)
 * @param recordsBelowK         records in equivalence classes smaller than k (LV-ANON-01)
 * @param publicDataOverlap     rows matching fingerprints of non-open public data (LV-PUBLIC-02)
 */
public record ValidationFindings(long childrenFound, long sensitiveFound, long undeclaredIdentifiers, long recordsBelowK,
                                 long publicDataOverlap) {

    public static ValidationFindings of(ValidationReport report) {
        long children = 0;
        long sensitive = 0;
        long undeclared = 0;
        long belowK = 0;
        long overlap = 0;
        for (Finding f : report.findings()) {
            var counts = f.evidence().counts();
            if (f.ruleId().equals(RuleId.MINORS.code()) && f.severity() == Severity.INFO) {
                children = Math.max(children, counts.getOrDefault("minors", 0L));
            } else if (f.ruleId().equals(RuleId.UNDECLARED_PERSONAL_DATA.code())) {
                long values = counts.getOrDefault("values", 0L);
                String category = f.evidence().figures().get("category");
                if (category != null && DataCategory.valueOf(category).sensitive()) {
                    sensitive += values;
                }
                if (f.severity() == Severity.BLOCKING) {
                    undeclared += values;
                }
            } else if (f.ruleId().equals(RuleId.ANONYMIZATION_CLAIM.code()) && counts.containsKey("kMin")
                    && counts.get("kMin") < Long.parseLong(f.evidence().figures().getOrDefault("k", "0"))) {
                belowK = Math.max(belowK, counts.getOrDefault("recordsAtRisk", 0L));
            } else if (f.ruleId().equals(RuleId.RESTRICTED_OVERLAP.code())) {
                overlap += counts.getOrDefault("overlappingRows", 0L);
            }
        }
        return new ValidationFindings(children, sensitive, undeclared, belowK, overlap);
    }
}
