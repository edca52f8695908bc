package cn.sz.dataexchange.api.review.application;

import cn.sz.dataexchange.api.review.model.ReviewDecision;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Port: decisions on listings. */
public interface ReviewDecisions {

    Mono<ReviewDecision> insert(ReviewDecision decision);

    /** Administrators (client ids) who approved the version in the round. */
    Mono<Set<String>> approvers(UUID listingId, int version, int round);

    /** Every decision on a listing, oldest first. */
    Mono<List<ReviewDecision>> of(UUID listingId);
}
