package cn.sz.dataexchange.validator.model;

import java.time.Instant;
import java.util.List;

/**
 * The engine's report on one listing: a verdict and the findings behind it, in rule order.
 *
 * @param reportVersion version of this JSON shape
 * @param listingId     the listing the report is about
 * @param verdict       REJECT when any finding is BLOCKING, PASS otherwise
 * @param evaluatedAt   when it was evaluated, from the injected clock
 * @param asset         what was read
 * @param findings      every finding, in the order of the rules
 */
public record ValidationReport(int reportVersion, String listingId, Verdict verdict, Instant evaluatedAt,
                               AssetSummary asset, List<Finding> findings) {

    public static final int CURRENT_VERSION = 1;

    public ValidationReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static ValidationReport of(String listingId, Instant evaluatedAt, AssetSummary asset, List<Finding> findings) {
        Verdict verdict = findings.stream().anyMatch(Finding::blocks) ? Verdict.REJECT : Verdict.PASS;
        return new ValidationReport(CURRENT_VERSION, listingId, verdict, evaluatedAt, asset, findings);
    }

    public List<Finding> blockingFindings() {
        return findings.stream().filter(Finding::blocks).toList();
    }
}
