package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.consent.application.ConsentRecords;
import cn.sz.dataexchange.api.consent.application.WithdrawalConsequences;
import cn.sz.dataexchange.api.consent.model.ConsentWithdrawal;
import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingChange;
import cn.sz.dataexchange.api.listings.model.ListingStatus;
import cn.sz.dataexchange.api.listings.model.ListingVersion;
import cn.sz.dataexchange.api.listings.model.RunKind;
import cn.sz.dataexchange.api.listings.model.ValidationRun;
import cn.sz.dataexchange.api.shared.RefusalException;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.validator.consent.ConsentGap;
import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.consent.ConsentRequirement;
import cn.sz.dataexchange.validator.consent.SubjectKey;
import cn.sz.dataexchange.validator.model.ListingManifest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Art. 22 keeps listings honest: after a withdrawal, every LISTED version holding a withdrawn
 * subject (found through the subject index) is judged again for exactly those subjects against
 * their remaining consent records; when coverage is broken the product is suspended at once, in the
 * withdrawal's transaction (so no new trade can start on it), its seller is told, the suspension
 * listeners run, and a full re-validation is queued (ADR 0054).
 */
public final class SuspendingOnWithdrawal implements WithdrawalConsequences {

    private static final int BREAKING = ConsentGap.NO_RECORD.bit() | ConsentGap.NOT_YET_GIVEN.bit()
            | ConsentGap.WITHDRAWN.bit() | ConsentGap.EXPIRED.bit() | ConsentGap.PURPOSE_NOT_COVERED.bit()
            | ConsentGap.CATEGORY_NOT_COVERED.bit() | ConsentGap.NOT_EXPRESS.bit();
    /** Birth dates are not known here (no asset is read), so no subject is judged as a child; the re-validation does that. */
    private static final int MINOR_AGE_YEARS = cn.sz.dataexchange.validator.model.ValidatorConfig.defaults().minorAgeYears();

    private final SubjectIndex index;
    private final Listings listings;
    private final ConsentRecords records;
    private final ValidationRuns runs;
    private final RecordingListingChange recording;
    private final Clock clock;

    public SuspendingOnWithdrawal(SubjectIndex index, Listings listings, ConsentRecords records, ValidationRuns runs,
                                  RecordingListingChange recording, Clock clock) {
        this.index = index;
        this.listings = listings;
        this.records = records;
        this.runs = runs;
        this.recording = recording;
        this.clock = clock;
    }

    @Override
    public Mono<List<UUID>> consentWithdrawn(ConsentWithdrawal withdrawal) {
        Map<Long, List<SubjectKey>> byPrefix = withdrawal.subjects().stream()
                .collect(Collectors.groupingBy(SubjectKey::w0));
        return index.listedHolding(withdrawal.seller(), byPrefix.keySet())
                .flatMapMany(hits -> Flux.fromIterable(hits.stream()
                        .collect(Collectors.groupingBy(SubjectIndex.Hit::listingId, LinkedHashMap::new,
                                Collectors.mapping(SubjectIndex.Hit::keyPrefix, Collectors.toSet()))).entrySet()))
                .concatMap(entry -> judge(entry.getKey(), entry.getValue().stream()
                        .flatMap(prefix -> byPrefix.get(prefix).stream()).toList(), withdrawal))
                .collectList();
    }

    private Mono<UUID> judge(UUID listingId, List<SubjectKey> subjects, ConsentWithdrawal withdrawal) {
        return listings.findForUpdate(listingId).flatMap(listing -> {
            Optional<ListingVersion> listed = listing.onShelf().filter(v -> v.status() == ListingStatus.LISTED);
            if (listed.isEmpty()) {
                return Mono.empty();
            }
            return records.find(withdrawal.seller(), subjects)
                    .filter(found -> coverageBroken(listed.get().details().manifest(), subjects, found))
                    .flatMap(found -> suspend(listing, listed.get(), subjects.size(), withdrawal));
        });
    }

    private boolean coverageBroken(ListingManifest manifest, List<SubjectKey> subjects, List<ConsentRecord> found) {
        ConsentRequirement requirement = ConsentRequirement.of(manifest, clock.instant(), MINOR_AGE_YEARS, clock.getZone());
        Map<SubjectKey, List<ConsentRecord>> bySubject = found.stream()
                .collect(Collectors.groupingBy(ConsentRecord::subjectKey));
        Set<SubjectKey> distinct = Set.copyOf(subjects);
        return distinct.stream().anyMatch(key -> (requirement.gapsOf(bySubject.get(key), 0, 0) & BREAKING) != 0);
    }

    private Mono<UUID> suspend(Listing listing, ListingVersion version, int subjects, ConsentWithdrawal withdrawal) {
        Instant now = clock.instant();
        String reason = "consent withdrawn (Art. 22): " + subjects + " data subject(s) of this product withdrew "
                + "consent; re-validation is queued";
        Result<ListingChange> change = listing.suspend(reason, now);
        if (!change.isAccepted()) {
            return Mono.empty();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", reason);
        details.put("withdrawalId", withdrawal.id().toString());
        details.put("subjectsAffected", subjects);
        return recording.record(change.orElseThrow(), withdrawal.actor(), "listing.suspended", details)
                .then(runs.enqueue(ValidationRun.queued(listing.id(), version.number(), RunKind.REVALIDATION, 0, now))
                        .onErrorResume(RefusalException.class, e -> Mono.empty()))
                .thenReturn(listing.id());
    }
}
