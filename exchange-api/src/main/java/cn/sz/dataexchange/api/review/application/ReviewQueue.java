package cn.sz.dataexchange.api.review.application;

import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import java.util.Optional;
import java.util.Set;
import reactor.core.publisher.Mono;

/** Port: the listings waiting for a decision, oldest first unless sorted by a finding. */
public interface ReviewQueue {

    /**
     * The versions under review carrying every flag of {@code flags}; sorted by the count of
     * {@code sortBy} (most first, then oldest first) when given, else oldest first.
     */
    Mono<Page<QueueItem>> waiting(PageQuery page, Set<RiskFlag> flags, Optional<RiskFlag> sortBy);

    default Mono<Page<QueueItem>> waiting(PageQuery page) {
        return waiting(page, Set.of(), Optional.empty());
    }
}
