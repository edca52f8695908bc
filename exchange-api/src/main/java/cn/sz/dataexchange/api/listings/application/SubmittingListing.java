package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.assets.application.AssetRecords;
import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.assets.model.DataAsset;
import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingChange;
import cn.sz.dataexchange.api.listings.model.ListingVersion;
import cn.sz.dataexchange.api.listings.model.RunKind;
import cn.sz.dataexchange.api.listings.model.ValidationRun;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A seller submits its working copy: DRAFT -> VALIDATING and a queued validation run, in one
 * transaction conditional on the listing's revision, so of two concurrent submits exactly one
 * queues a run and the other is refused. Submitting a suspended product asks for its
 * re-validation instead (a pass puts it in front of an administrator for reinstatement).
 */
public final class SubmittingListing {

    private final Listings listings;
    private final AssetRecords assets;
    private final ValidationRuns runs;
    private final RecordingListingChange recording;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final Runnable wakeWorkers;

    public SubmittingListing(Listings listings, AssetRecords assets, ValidationRuns runs, RecordingListingChange recording,
                             AuditLog audit, TransactionalOperator tx, Clock clock, Runnable wakeWorkers) {
        this.listings = listings;
        this.assets = assets;
        this.runs = runs;
        this.recording = recording;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.wakeWorkers = wakeWorkers;
    }

    public Mono<Result<ValidationRun>> submit(Caller seller, UUID id) {
        Mono<Result<ValidationRun>> work = ViewingListings.owned(listings.find(id), seller, id).flatMap(found -> {
            if (found instanceof Result.Refused<Listing> refused) {
                return Mono.just(Result.<ValidationRun>refused(refused.refusal()));
            }
            Listing listing = found.orElseThrow();
            Result<ListingVersion> revalidation = listing.revalidationTarget();
            if (revalidation.isAccepted()) {
                return revalidate(seller, listing, revalidation.orElseThrow());
            }
            Result<ListingChange> change = listing.submit(clock.instant());
            if (change instanceof Result.Refused<ListingChange> refused) {
                return Mono.just(Result.<ValidationRun>refused(refused.refusal()));
            }
            ListingVersion version = change.orElseThrow().after().latest();
            return recording.record(change.orElseThrow(), seller.actor(), "listing.submitted",
                            Map.of("version", version.number()))
                    .then(queue(listing.id(), version, RunKind.SUBMISSION))
                    .map(Result::accepted);
        });
        return tx.transactional(work).doOnNext(r -> {
            if (r.isAccepted()) {
                wakeWorkers.run();
            }
        });
    }

    private Mono<Result<ValidationRun>> revalidate(Caller seller, Listing listing, ListingVersion version) {
        return queue(listing.id(), version, RunKind.REVALIDATION)
                .flatMap(run -> audit.append(RecordingListingChange.stream(listing.id()), seller.actor(),
                        "listing.revalidation-requested", Map.of("version", version.number(), "runId", run.id().toString()))
                        .thenReturn(Result.accepted(run)));
    }

    private Mono<ValidationRun> queue(UUID listingId, ListingVersion version, RunKind kind) {
        return assets.find(version.details().assetId()).map(DataAsset::bytes).defaultIfEmpty(0L)
                .flatMap(bytes -> runs.enqueue(ValidationRun.queued(listingId, version.number(), kind, bytes,
                        clock.instant())));
    }
}
