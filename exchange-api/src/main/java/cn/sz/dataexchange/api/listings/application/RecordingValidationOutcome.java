package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingChange;
import cn.sz.dataexchange.api.listings.model.RunKind;
import cn.sz.dataexchange.api.listings.model.ValidationFindings;
import cn.sz.dataexchange.api.listings.model.ValidationRun;
import cn.sz.dataexchange.api.notifications.Notifications;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.validator.json.ValidatorJson;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.ValidationReport;
import cn.sz.dataexchange.validator.model.Verdict;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * What a finished validation changes, in one transaction conditional on still holding the run's
 * lease: the run's result, and for a submission VALIDATING -> PENDING_REVIEW (pass) or REJECTED
 * (any BLOCKING finding, with the report); for a re-validation of a suspended version, a pass puts
 * it in the review queue for reinstatement.
 */
public final class RecordingValidationOutcome {

    private static final Logger log = LoggerFactory.getLogger(RecordingValidationOutcome.class);
    static final String ACTOR = "system:validation";

    private final Listings listings;
    private final ValidationRuns runs;
    private final RecordingListingChange recording;
    private final Notifications notifications;
    private final TransactionalOperator tx;
    private final Clock clock;

    public RecordingValidationOutcome(Listings listings, ValidationRuns runs, RecordingListingChange recording,
                                      Notifications notifications, TransactionalOperator tx, Clock clock) {
        this.listings = listings;
        this.runs = runs;
        this.recording = recording;
        this.notifications = notifications;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code subjectPrefixes}: the sorted 64-bit key prefixes of the asset's subjects, kept with the run. */
    public Mono<Void> succeeded(ValidationRun run, String owner, ValidationReport report, byte[] subjectPrefixes) {
        boolean passed = report.verdict() == Verdict.PASS;
        List<Finding> blocking = report.blockingFindings();
        String reason = passed ? "validation passed"
                : "validation found " + blocking.size() + " blocking finding(s): "
                + blocking.stream().map(Finding::ruleId).distinct().toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("runId", run.id().toString());
        details.put("version", run.version());
        details.put("verdict", report.verdict().name());
        details.put("blockingRules", blocking.stream().map(Finding::ruleId).distinct().toList());
        Mono<Void> work = runs.succeed(run.id(), owner, report.verdict(), ValidatorJson.writeReport(report),
                        ValidationFindings.of(report), report.asset().bytes(), report.asset().rows(), subjectPrefixes, clock.instant())
                .filter(Boolean::booleanValue)
                .flatMap(held -> listings.find(run.listingId()))
                .flatMap(listing -> apply(listing, run, passed, reason, details));
        return tx.transactional(work);
    }

    /** The asset cannot be read as its format: that is a rejection, with the reader's message. */
    public Mono<Void> unreadable(ValidationRun run, String owner, String message) {
        String reason = "the asset cannot be read: " + message;
        Mono<Void> work = runs.fail(run.id(), owner, Verdict.REJECT, reason, clock.instant())
                .filter(Boolean::booleanValue)
                .flatMap(held -> listings.find(run.listingId()))
                .flatMap(listing -> apply(listing, run, false, reason, Map.of("runId", run.id().toString(),
                        "version", run.version(), "verdict", "REJECT")));
        return tx.transactional(work);
    }

    /** The run could not complete: a submitted version goes back to DRAFT so the seller can submit again. */
    public Mono<Void> abandoned(ValidationRun run, String owner, String why) {
        Mono<Void> work = runs.fail(run.id(), owner, null, why, clock.instant())
                .filter(Boolean::booleanValue)
                .flatMap(held -> listings.find(run.listingId()))
                .filter(listing -> run.kind() == RunKind.SUBMISSION)
                .flatMap(listing -> commit(listing.validationAbandoned(run.version(), why, clock.instant()),
                        Map.of("runId", run.id().toString(), "version", run.version(), "error", why)));
        return tx.transactional(work);
    }

    public Mono<Void> retryLater(ValidationRun run, String owner, Throwable error) {
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        return runs.release(run.id(), owner, message, clock.instant()).then();
    }

    private Mono<Void> apply(Listing listing, ValidationRun run, boolean passed, String reason, Map<String, Object> details) {
        if (run.kind() == RunKind.SUBMISSION) {
            return commit(listing.validated(run.version(), passed, reason, clock.instant()), details);
        }
        return commit(listing.revalidated(run.version(), passed, clock.instant()), details)
                .then(notifications.notify(listing.seller(), "listing.revalidated", RecordingListingChange.stream(listing.id()),
                        Map.of("listingId", listing.id().toString(), "version", run.version(),
                                "verdict", passed ? "PASS" : "REJECT", "reason", reason)).then());
    }

    private Mono<Void> commit(Result<ListingChange> change, Map<String, Object> details) {
        if (change instanceof Result.Refused<ListingChange> refused) {
            log.warn("Validation outcome not applied: {}", refused.refusal().detail());
            return Mono.empty();
        }
        return recording.record(change.orElseThrow(), ACTOR, "listing.validated", details).then();
    }
}
