package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.assets.application.AssetRecords;
import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingChange;
import cn.sz.dataexchange.api.listings.model.ProductDetails;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A seller changes its listing: a draft in place; a listed, suspended or rejected product as a new
 * version that is validated and reviewed again while the listed version stays on sale.
 */
public final class EditingListing {

    private final Listings listings;
    private final AssetRecords assets;
    private final RecordingListingChange recording;
    private final TransactionalOperator tx;
    private final Clock clock;

    public EditingListing(Listings listings, AssetRecords assets, RecordingListingChange recording,
                          TransactionalOperator tx, Clock clock) {
        this.listings = listings;
        this.assets = assets;
        this.recording = recording;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code expectedRevision} comes from If-Match; a stale one is refused (412). */
    public Mono<Result<Listing>> edit(Caller seller, UUID id, UnaryOperator<ProductDetails> patch,
                                      OptionalLong expectedRevision) {
        Mono<Result<Listing>> work = ViewingListings.owned(listings.find(id), seller, id).flatMap(found -> {
            if (found instanceof Result.Refused<Listing> refused) {
                return Mono.just(Result.<Listing>refused(refused.refusal()));
            }
            Listing listing = found.orElseThrow();
            if (expectedRevision.isPresent() && expectedRevision.getAsLong() != listing.revision()) {
                return Mono.just(Result.<Listing>refused(Refusal.of(Refusal.Reason.PRECONDITION_FAILED, "precondition-failed",
                        "Precondition failed", "Listing " + id + " is at revision " + listing.revision() + ", not "
                                + expectedRevision.getAsLong()).with("currentRevision", listing.revision())));
            }
            Result<ListingChange> change = listing.edit(patch, clock.instant());
            if (change instanceof Result.Refused<ListingChange> refused) {
                return Mono.just(Result.<Listing>refused(refused.refusal()));
            }
            ListingChange c = change.orElseThrow();
            ProductDetails details = c.after().latest().details();
            return assets.find(details.assetId()).map(Optional::of).defaultIfEmpty(Optional.empty())
                    .flatMap(asset -> {
                        Result<ProductDetails> checked = ProductRules.check(details, asset, listing.seller());
                        if (checked instanceof Result.Refused<ProductDetails> refused) {
                            return Mono.just(Result.<Listing>refused(refused.refusal()));
                        }
                        return recording.record(c, seller.actor(), "listing.edited",
                                Map.of("version", c.after().latest().number())).map(Result::accepted);
                    });
        });
        return tx.transactional(work);
    }
}
