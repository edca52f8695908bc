package cn.sz.dataexchange.api.catalog.application;

import cn.sz.dataexchange.api.shared.Page;
import reactor.core.publisher.Mono;

/** Port: searching what is on sale. */
public interface CatalogEntries {

    /** LISTED products matching the query, newest listings first. */
    Mono<Page<CatalogItem>> search(CatalogQuery query);
}
