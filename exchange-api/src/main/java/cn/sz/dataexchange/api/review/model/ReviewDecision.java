package cn.sz.dataexchange.api.review.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One administrator's decision on one review round of a listing version: who, when, why (shown to
 * the seller), with which conditions, on the basis of which validation report (run and SHA-256 of
 * the report), and whether it settled the round.
 */
public record ReviewDecision(UUID id, UUID listingId, int version, int round, Decision decision, String reason,
                             List<String> conditions, String adminClientId, String actor, Instant decidedAt, UUID runId,
                             String reportSha256, boolean settled) {

    public ReviewDecision {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
