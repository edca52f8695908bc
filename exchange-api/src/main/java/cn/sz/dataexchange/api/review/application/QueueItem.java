package cn.sz.dataexchange.api.review.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A listing version waiting for an administrator: what it is, since when, what validation said
 * (verdict, findings by severity, the rules that warned), the risk flags (declared and found) with
 * the counts of what validation found, and the approvals so far.
 */
public record QueueItem(UUID listingId, int version, String kind, String title, String category, long priceFen,
                        UUID sellerId, String sellerName, Instant waitingSince, Validation validation,
                        List<String> riskFlags, Map<String, Long> riskCounts, int approvalsRequired,
                        List<String> approvedBy) {

    /** The summary of the report the decision will rest on. */
    public record Validation(UUID runId, String verdict, Instant evaluatedAt, Map<String, Long> findingsBySeverity,
                             List<String> warnings) {
    }
}
