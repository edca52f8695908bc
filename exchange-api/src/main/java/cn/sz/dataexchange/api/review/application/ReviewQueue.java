package cn.sz.dataexchange.api.review.application;

import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import reactor.core.publisher.Mono;

/** Port: the listings waiting for a decision, oldest first. */
public interface ReviewQueue {

    Mono<Page<QueueItem>> waiting(PageQuery page);
}
