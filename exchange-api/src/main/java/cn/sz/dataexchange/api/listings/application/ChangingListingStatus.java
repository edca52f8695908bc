package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.identity.model.Role;
import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingChange;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Taking a product off sale: an administrator suspends it (for now) or delists it (for good); a
 * seller may delist its own. Each is one transaction with the audit record, the catalog, the
 * seller's notification and the suspension listeners (trading stops trades that have not
 * delivered yet).
 */
public final class ChangingListingStatus {

    private final Listings listings;
    private final RecordingListingChange recording;
    private final TransactionalOperator tx;
    private final Clock clock;

    public ChangingListingStatus(Listings listings, RecordingListingChange recording, TransactionalOperator tx,
                                 Clock clock) {
        this.listings = listings;
        this.recording = recording;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Result<Listing>> suspend(Caller admin, UUID id, String reason) {
        return change(admin, id, "listing.suspended", reason, (l, now) -> l.suspend(reason, now));
    }

    public Mono<Result<Listing>> delist(Caller caller, UUID id, String reason) {
        return change(caller, id, "listing.delisted", reason, (l, now) -> l.delist(reason, now));
    }

    private Mono<Result<Listing>> change(Caller caller, UUID id, String action, String reason,
                                         BiFunction<Listing, java.time.Instant, Result<ListingChange>> command) {
        Mono<Result<Listing>> work = listings.find(id).flatMap(listing -> {
            if (!caller.has(Role.ADMIN) && !caller.orgId().map(listing::ownedBy).orElse(false)) {
                return Mono.just(Result.<Listing>refused(Refusal.notFound("Listing", id)));
            }
            Result<ListingChange> change = command.apply(listing, clock.instant());
            if (change instanceof Result.Refused<ListingChange> refused) {
                return Mono.just(Result.<Listing>refused(refused.refusal()));
            }
            return recording.record(change.orElseThrow(), caller.actor(), action, Map.of("reason", reason))
                    .map(Result::accepted);
        }).defaultIfEmpty(Result.refused(Refusal.notFound("Listing", id)));
        return tx.transactional(work);
    }
}
