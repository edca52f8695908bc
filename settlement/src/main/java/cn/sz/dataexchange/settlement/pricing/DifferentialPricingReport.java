package cn.sz.dataexchange.settlement.pricing;

import java.util.List;

/** The result of an Art. 69 check: findings, the differences found exempt, and how many pairs were compared. */
public record DifferentialPricingReport(List<DifferentialPricingFinding> findings, List<ExemptedComparison> exempted,
        long pairsCompared) {

    public DifferentialPricingReport {
        findings = List.copyOf(findings);
        exempted = List.copyOf(exempted);
    }

    public boolean hasFindings() {
        return !findings.isEmpty();
    }
}
