package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingVersion;
import cn.sz.dataexchange.api.listings.model.ValidationRun;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.validator.json.ValidatorJson;
import cn.sz.dataexchange.validator.model.Finding;
import cn.sz.dataexchange.validator.model.RuleId;
import cn.sz.dataexchange.validator.model.ValidationReport;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Consent coverage of a listing: the figures of its latest successful validation (subjects,
 * covered, uncovered and why) and, live, how many of its subjects withdrew since.
 */
public final class ConsentCoverageReport {

    private final ViewingListings viewing;
    private final ValidationRuns runs;
    private final Listings listings;
    private final SubjectIndex subjects;

    public ConsentCoverageReport(ViewingListings viewing, ValidationRuns runs, Listings listings, SubjectIndex subjects) {
        this.viewing = viewing;
        this.runs = runs;
        this.listings = listings;
        this.subjects = subjects;
    }

    /** Coverage figures; {@code counts} are the consent rule's evidence counts (subjects, covered, uncovered, per gap). */
    public record Coverage(UUID listingId, int version, String status, UUID runId, Instant evaluatedAt,
                           boolean personalData, String coverage, Map<String, Long> counts, long subjectsWithdrawnSince) {
    }

    public Mono<Result<Coverage>> of(Caller caller, UUID listingId) {
        return viewing.one(caller, listingId).flatMap(found -> {
            if (found instanceof Result.Refused<Listing> refused) {
                return Mono.just(Result.<Coverage>refused(refused.refusal()));
            }
            Listing listing = found.orElseThrow();
            ListingVersion version = listing.onShelf().orElse(listing.latest());
            return runs.latestSucceeded(listingId, version.number())
                    .flatMap(run -> listings.versionRef(listingId, version.number())
                            .flatMap(ref -> subjects.withdrawnSince(ref, run.finishedAt()))
                            .map(withdrawn -> Result.accepted(coverage(listing, version, run, withdrawn))))
                    .defaultIfEmpty(Result.refused(Refusal.of(Refusal.Reason.NOT_FOUND, "not-validated", "Not validated",
                            "Version " + version.number() + " of listing " + listingId + " has no completed validation yet")));
        });
    }

    private static Coverage coverage(Listing listing, ListingVersion version, ValidationRun run, long withdrawn) {
        ValidationReport report = ValidatorJson.readReport(run.report());
        Optional<Finding> consent = report.findings().stream()
                .filter(f -> f.ruleId().equals(RuleId.CONSENT_PROVENANCE.code()) && f.evidence().counts().containsKey("subjects"))
                .findFirst();
        Map<String, Long> counts = consent.map(f -> f.evidence().counts()).orElse(Map.of());
        String figure = consent.map(f -> f.evidence().figures().getOrDefault("coverage",
                counts.getOrDefault("uncovered", 0L) == 0 ? "100.00%" : null)).orElse(null);
        return new Coverage(listing.id(), version.number(), version.status().name(), run.id(), report.evaluatedAt(),
                version.details().containsPersonalData(), figure, counts, withdrawn);
    }
}
