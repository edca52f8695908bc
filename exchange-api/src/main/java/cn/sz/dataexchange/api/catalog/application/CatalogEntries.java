package cn.sz.dataexchange.api.catalog.application;

import reactor.core.publisher.Mono;

/** Port: searching what is on sale. */
public interface CatalogEntries {

    /** LISTED products matching the query, newest listings first; the total is counted up to a cap. */
    Mono<SearchPage<CatalogItem>> search(CatalogQuery query);
}
