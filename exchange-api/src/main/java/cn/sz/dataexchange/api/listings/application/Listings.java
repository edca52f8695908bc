package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingChange;
import cn.sz.dataexchange.api.listings.model.ListingStatus;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Port: listings and their versions. */
public interface Listings {

    Mono<Listing> insert(Listing listing, String actor);

    Mono<Listing> find(UUID id);

    /** Reads a listing and locks it until the transaction ends. */
    Mono<Listing> findForUpdate(UUID id);

    /**
     * Stores a change if the listing's revision is still the one it was computed from: the new
     * revision, the changed versions and one event per status move. Empty when another change won.
     */
    Mono<Listing> save(ListingChange change, String actor);

    /** Listings, newest first; of one seller when given. */
    Mono<Page<Listing>> list(Optional<OrgId> seller, Optional<ListingStatus> status, PageQuery page);

    /** The compact surrogate key of a version (for the subject index). */
    Mono<Long> versionRef(UUID listingId, int version);
}
