package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.assets.application.AssetRecords;
import cn.sz.dataexchange.api.assets.application.ReadingAssets;
import cn.sz.dataexchange.api.assets.format.PlainContent;
import cn.sz.dataexchange.api.assets.model.DataAsset;
import cn.sz.dataexchange.api.consent.application.LedgerForValidation;
import cn.sz.dataexchange.api.consent.application.SubjectKeys;
import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingVersion;
import cn.sz.dataexchange.api.listings.model.ValidationRun;
import cn.sz.dataexchange.api.publicdata.application.PublicDataForValidation;
import cn.sz.dataexchange.validator.ListingValidator;
import cn.sz.dataexchange.validator.ValidationRequest;
import cn.sz.dataexchange.validator.asset.InvalidAssetException;
import cn.sz.dataexchange.validator.consent.SubjectKeyDerivation;
import cn.sz.dataexchange.validator.model.ValidationReport;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Runs one claimed validation: prepares the ports without blocking (the seller's subject keys,
 * the catalog entries cited, the fingerprint schemes), then runs the synchronous validator on the
 * dedicated validation scheduler over the decrypted asset stream, with persisted progress and a
 * lease heartbeat, and hands the report and the subjects' key prefixes to {@link RecordingValidationOutcome}.
 */
public final class RunningValidation {

    private static final Logger log = LoggerFactory.getLogger(RunningValidation.class);
    private final Listings listings;
    private final AssetRecords assets;
    private final ReadingAssets reading;
    private final ValidationRuns runs;
    private final SubjectKeys subjectKeys;
    private final LedgerForValidation ledger;
    private final PublicDataForValidation publicData;
    private final RecordingValidationOutcome outcome;
    private final Scheduler validation;
    private final Clock clock;
    private final ValidationSettings settings;

    public RunningValidation(Listings listings, AssetRecords assets, ReadingAssets reading, ValidationRuns runs,
                             SubjectKeys subjectKeys, LedgerForValidation ledger, PublicDataForValidation publicData,
                             RecordingValidationOutcome outcome, Scheduler validation,
                             Clock clock, ValidationSettings settings) {
        this.listings = listings;
        this.assets = assets;
        this.reading = reading;
        this.runs = runs;
        this.subjectKeys = subjectKeys;
        this.ledger = ledger;
        this.publicData = publicData;
        this.outcome = outcome;
        this.validation = validation;
        this.clock = clock;
        this.settings = settings;
    }

    private record Prepared(Listing listing, ListingVersion version, DataAsset asset, SubjectKeyDerivation derivation,
                            PublicDataForValidation.Ports ports) {
    }

    /** Runs {@code run}, leased by {@code owner}; completes when its outcome is recorded (or the lease was lost). */
    public Mono<Void> execute(ValidationRun run, String owner) {
        if (run.attempts() > settings.maxAttempts()) {
            return outcome.abandoned(run, owner, "validation could not complete after " + settings.maxAttempts()
                    + " attempts; submit again");
        }
        return prepare(run)
                .flatMap(p -> validate(run, owner, p)
                        .flatMap(v -> outcome.succeeded(run, owner, v.report(), v.subjectPrefixes())))
                .switchIfEmpty(Mono.defer(() -> outcome.abandoned(run, owner, "the listing version or its asset is gone")))
                .onErrorResume(InvalidAssetException.class, e -> outcome.unreadable(run, owner, e.getMessage()))
                .onErrorResume(LeaseLost.class, e -> {
                    log.info("Validation run {} was taken over by another instance", run.id());
                    return Mono.empty();
                })
                .onErrorResume(e -> {
                    log.warn("Validation run {} failed (attempt {}); it will be retried", run.id(), run.attempts(), e);
                    return outcome.retryLater(run, owner, e);
                });
    }

    private Mono<Prepared> prepare(ValidationRun run) {
        return listings.find(run.listingId()).flatMap(listing -> Mono.justOrEmpty(listing.version(run.version()))
                .flatMap(version -> assets.find(version.details().assetId())
                        .flatMap(asset -> Mono.zip(subjectKeys.of(listing.seller()),
                                        publicData.prepare(version.details().manifest()))
                                .map(t -> new Prepared(listing, version, asset, t.getT1(), t.getT2())))));
    }

    private Mono<Validated> validate(ValidationRun run, String owner, Prepared p) {
        Duration beat = settings.lease().dividedBy(3);
        return Mono.defer(() -> {
            Disposable heartbeat = Flux.interval(beat, beat)
                    .concatMap(tick -> runs.renew(run.id(), owner, clock.instant().plus(settings.lease())))
                    .onErrorResume(e -> Mono.empty())
                    .subscribe();
            return Mono.fromCallable(() -> validateBlocking(run, owner, p))
                    .subscribeOn(validation)
                    .doFinally(signal -> heartbeat.dispose());
        });
    }

    /** The validator's report and the sorted key prefixes of the subjects it saw. */
    record Validated(ValidationReport report, byte[] subjectPrefixes) {
    }

    /** Blocking: runs on the validation scheduler's threads only. */
    private Validated validateBlocking(ValidationRun run, String owner, Prepared p) throws Exception {
        SubjectCapture capture = new SubjectCapture();
        PersistedProgress progress = new PersistedProgress(runs, run.id(), owner, clock, settings.progressInterval(),
                settings.lease());
        ListingValidator validator = new ListingValidator(ledger.of(p.listing().seller(), capture::seen),
                p.ports().catalog(), p.ports().fingerprints(), settings.validator(), clock);
        ValidationReport report;
        try (PlainContent content = reading.open(p.asset()); InputStream in = content.stream(0)) {
            report = validator.validate(new ValidationRequest(p.version().details().manifest(), in, p.asset().format(),
                    p.derivation()), progress);
        }
        return new Validated(report, capture.sortedPrefixes());
    }
}
