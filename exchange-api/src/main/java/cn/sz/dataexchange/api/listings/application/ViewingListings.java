package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingStatus;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * A seller sees its own listings; platform staff see all. To another organisation a listing does
 * not exist here (404): buyers see listed products in the catalog.
 */
public final class ViewingListings {

    private final Listings listings;

    public ViewingListings(Listings listings) {
        this.listings = listings;
    }

    public Mono<Result<Listing>> one(Caller caller, UUID id) {
        return listings.find(id)
                .map(l -> caller.isPlatformStaff() || caller.orgId().map(l::ownedBy).orElse(false)
                        ? Result.accepted(l) : Result.<Listing>refused(Refusal.notFound("Listing", id)))
                .defaultIfEmpty(Result.refused(Refusal.notFound("Listing", id)));
    }

    public Mono<Result<Page<Listing>>> list(Caller caller, Optional<ListingStatus> status, PageQuery page) {
        if (caller.isPlatformStaff()) {
            return listings.list(Optional.empty(), status, page).map(Result::accepted);
        }
        if (caller.orgId().isEmpty()) {
            return Mono.just(Result.refused(Refusal.forbidden("Listings belong to organisations")));
        }
        return listings.list(caller.orgId(), status, page).map(Result::accepted);
    }

    /** The listing if {@code caller}'s organisation owns it; not found otherwise. */
    static Mono<Result<Listing>> owned(Mono<Listing> found, Caller caller, UUID id) {
        return found.map(l -> caller.orgId().map(l::ownedBy).orElse(false)
                        ? Result.accepted(l) : Result.<Listing>refused(Refusal.notFound("Listing", id)))
                .defaultIfEmpty(Result.refused(Refusal.notFound("Listing", id)));
    }
}
