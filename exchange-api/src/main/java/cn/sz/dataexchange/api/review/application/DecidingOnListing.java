package cn.sz.dataexchange.api.review.application;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.listings.application.Listings;
import cn.sz.dataexchange.api.listings.application.RecordingListingChange;
import cn.sz.dataexchange.api.listings.application.ValidationRuns;
import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingChange;
import cn.sz.dataexchange.api.listings.model.ListingVersion;
import cn.sz.dataexchange.api.listings.model.ValidationRun;
import cn.sz.dataexchange.api.review.model.Decision;
import cn.sz.dataexchange.api.review.model.FourEyesRule;
import cn.sz.dataexchange.api.review.model.ReviewDecision;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * An administrator decides on the version under review: APPROVE (with conditions if any), REJECT or
 * REQUEST_CHANGES, always with a reason the seller is shown (Art. 31). The listing row is locked
 * for the decision, so two administrators deciding at once are counted one after the other; a
 * sensitive product needs a second, different administrator's approval before it is listed.
 */
public final class DecidingOnListing {

    private final Listings listings;
    private final ValidationRuns runs;
    private final ReviewDecisions decisions;
    private final RecordingListingChange recording;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public DecidingOnListing(Listings listings, ValidationRuns runs, ReviewDecisions decisions,
                             RecordingListingChange recording, AuditLog audit, TransactionalOperator tx, Clock clock) {
        this.listings = listings;
        this.runs = runs;
        this.decisions = decisions;
        this.recording = recording;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public record Decide(Decision decision, String reason, List<String> conditions) {
    }

    /** The decision as recorded, the listing after it, and where the four-eyes count stands. */
    public record Decided(ReviewDecision decision, Listing listing, int approvalsRequired, int approvals) {
    }

    public Mono<Result<Decided>> decide(Caller admin, UUID listingId, Decide command) {
        Mono<Result<Decided>> work = listings.findForUpdate(listingId).flatMap(listing -> {
            Optional<ListingVersion> target = listing.underReview();
            if (target.isEmpty() || listing.delisted()) {
                return Mono.just(Result.<Decided>refused(Refusal.illegalTransition("Listing " + listingId,
                        listing.status(), "decide (" + command.decision() + ")")));
            }
            ListingVersion version = target.get();
            return runs.latestSucceeded(listingId, version.number()).map(Optional::of).defaultIfEmpty(Optional.empty())
                    .flatMap(basis -> command.decision() == Decision.APPROVE
                            ? approve(admin, listing, version, basis, command)
                            : settle(admin, listing, version, basis, command, true, 0));
        }).defaultIfEmpty(Result.refused(Refusal.notFound("Listing", listingId)));
        return tx.transactional(work);
    }

    private Mono<Result<Decided>> approve(Caller admin, Listing listing, ListingVersion version,
                                          Optional<ValidationRun> basis, Decide command) {
        int required = FourEyesRule.approvalsRequired(version.details());
        return decisions.approvers(listing.id(), version.number(), version.reviewRound()).flatMap(earlier -> {
            Result<Boolean> judged = FourEyesRule.approval(required, earlier, admin.clientId().value());
            if (judged instanceof Result.Refused<Boolean> refused) {
                return Mono.just(Result.<Decided>refused(refused.refusal()));
            }
            boolean last = judged.orElseThrow();
            if (!last) {
                ReviewDecision first = decision(admin, listing, version, basis, command, false);
                return decisions.insert(first)
                        .flatMap(saved -> audit.append(RecordingListingChange.stream(listing.id()), admin.actor(),
                                        "listing.approval-recorded", details(saved, required, earlier.size() + 1))
                                .thenReturn(Result.accepted(new Decided(saved, listing, required, earlier.size() + 1))));
            }
            return settle(admin, listing, version, basis, command, true, earlier.size() + 1)
                    .map(r -> r.map(d -> new Decided(d.decision(), d.listing(), required, earlier.size() + 1)));
        });
    }

    private Mono<Result<Decided>> settle(Caller admin, Listing listing, ListingVersion version,
                                         Optional<ValidationRun> basis, Decide command, boolean settles, int approvals) {
        Instant now = clock.instant();
        Result<ListingChange> change = switch (command.decision()) {
            case APPROVE -> listing.approve(command.reason(), now);
            case REJECT -> listing.reject(command.reason(), now);
            case REQUEST_CHANGES -> listing.requestChanges(command.reason(), now);
        };
        if (change instanceof Result.Refused<ListingChange> refused) {
            return Mono.just(Result.refused(refused.refusal()));
        }
        ReviewDecision decision = decision(admin, listing, version, basis, command, settles);
        return decisions.insert(decision)
                .flatMap(saved -> recording.record(change.orElseThrow(), admin.actor(), "listing.decided",
                                details(saved, FourEyesRule.approvalsRequired(version.details()), approvals))
                        .map(after -> Result.accepted(new Decided(saved, after,
                                FourEyesRule.approvalsRequired(version.details()), approvals))));
    }

    private ReviewDecision decision(Caller admin, Listing listing, ListingVersion version, Optional<ValidationRun> basis,
                                    Decide command, boolean settles) {
        return new ReviewDecision(UUID.randomUUID(), listing.id(), version.number(), version.reviewRound(),
                command.decision(), command.reason(), command.conditions(), admin.clientId().value(), admin.actor(),
                clock.instant(), basis.map(ValidationRun::id).orElse(null),
                basis.map(run -> sha256(run.report())).orElse(null), settles);
    }

    private static Map<String, Object> details(ReviewDecision d, int required, int approvals) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decisionId", d.id().toString());
        details.put("version", d.version());
        details.put("round", d.round());
        details.put("decision", d.decision().name());
        details.put("reason", d.reason());
        details.put("conditions", d.conditions());
        details.put("approvalsRequired", required);
        details.put("approvals", approvals);
        if (d.runId() != null) {
            details.put("runId", d.runId().toString());
            details.put("reportSha256", d.reportSha256());
        }
        return details;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
