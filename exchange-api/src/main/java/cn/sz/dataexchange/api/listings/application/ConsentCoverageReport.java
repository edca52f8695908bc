package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.consent.application.ConsentEvents;
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
 * covered, uncovered and why) and, live, how many of its subjects withdrew since (the withdrawn
 * subjects matched against the key prefixes kept with that validation run).
 */
public final class ConsentCoverageReport {

    private final ViewingListings viewing;
    private final ValidationRuns runs;
    private final ConsentEvents events;

    public ConsentCoverageReport(ViewingListings viewing, ValidationRuns runs, ConsentEvents events) {
        this.viewing = viewing;
        this.runs = runs;
        this.events = events;
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
                    .flatMap(run -> Mono.zip(runs.subjectPrefixes(listingId, version.number()),
                                    events.withdrawnSubjectPrefixes(listing.seller(), run.finishedAt()))
                            .map(t -> Result.accepted(coverage(listing, version, run, held(t.getT1(), t.getT2())))))
                    .defaultIfEmpty(Result.refused(Refusal.of(Refusal.Reason.NOT_FOUND, "not-validated", "Not validated",
                            "Version " + version.number() + " of listing " + listingId + " has no completed validation yet")));
        });
    }

    /** How many of the withdrawn subjects (sorted prefixes) the version's subjects (sorted prefixes, 8-byte big-endian) hold. */
    private static long held(byte[] versionPrefixes, long[] withdrawn) {
        long[] held = SubjectCapture.read(versionPrefixes);
        long count = 0;
        for (long prefix : withdrawn) {
            if (java.util.Arrays.binarySearch(held, prefix) >= 0) {
                count++;
            }
        }
        return count;
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
