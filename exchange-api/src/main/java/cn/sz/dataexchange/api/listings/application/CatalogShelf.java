package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.listings.model.ListingVersion;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Port: the buyers' catalog, kept in step with the listings in the same transaction. */
public interface CatalogShelf {

    /** The version is on sale. */
    Mono<Void> put(ListingVersion version, OrgId seller, Instant listedAt);

    /** Nothing of the listing is on sale. */
    Mono<Void> remove(UUID listingId);
}
