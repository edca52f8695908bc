package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingChange;
import cn.sz.dataexchange.api.listings.model.ListingStatus;
import cn.sz.dataexchange.api.listings.model.ListingVersion;
import cn.sz.dataexchange.api.listings.model.StatusMove;
import cn.sz.dataexchange.api.notifications.Notifications;
import cn.sz.dataexchange.api.shared.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Everything one listing change brings with it, in the caller's transaction: the optimistic save
 * (a lost race is a 409), the audit record, the buyers' catalog, the subject index (filled from the
 * validation run when a version goes on sale, emptied when it leaves for good), a notification to
 * the seller per status move, and the suspension listeners (trading) for suspensions and delistings.
 */
public final class RecordingListingChange {

    private static final Set<ListingStatus> FINAL = Set.of(ListingStatus.REJECTED, ListingStatus.SUPERSEDED,
            ListingStatus.DELISTED);

    private final Listings listings;
    private final AuditLog audit;
    private final CatalogShelf shelf;
    private final SubjectIndex subjects;
    private final ValidationRuns runs;
    private final Notifications notifications;
    private final ObjectProvider<ListingSuspensionListener> listeners;
    private final Clock clock;

    public RecordingListingChange(Listings listings, AuditLog audit, CatalogShelf shelf, SubjectIndex subjects,
                                  ValidationRuns runs, Notifications notifications,
                                  ObjectProvider<ListingSuspensionListener> listeners, Clock clock) {
        this.listings = listings;
        this.audit = audit;
        this.shelf = shelf;
        this.subjects = subjects;
        this.runs = runs;
        this.notifications = notifications;
        this.listeners = listeners;
        this.clock = clock;
    }

    public static String stream(java.util.UUID listingId) {
        return "listing:" + listingId;
    }

    /** Saves {@code change} made by {@code actor}; {@code details} go into the audit record with the moves. */
    public Mono<Listing> record(ListingChange change, String actor, String action, Map<String, ?> details) {
        Instant now = clock.instant();
        Listing before = change.before();
        return listings.save(change, actor)
                .switchIfEmpty(Mono.error(() -> Refusal.concurrentModification("Listing " + before.id()).toException()))
                .flatMap(saved -> audit.append(stream(saved.id()), actor, action, auditDetails(change, details))
                        .then(updateShelf(before, saved, now))
                        .then(Flux.fromIterable(change.moves()).concatMap(move -> consequences(saved, move, now)).then())
                        .thenReturn(saved));
    }

    private Mono<Void> updateShelf(Listing before, Listing after, Instant now) {
        Optional<ListingVersion> wasListed = before.onShelf().filter(v -> v.status() == ListingStatus.LISTED);
        Optional<ListingVersion> isListed = after.onShelf().filter(v -> v.status() == ListingStatus.LISTED);
        if (isListed.isPresent() && !isListed.map(ListingVersion::number).equals(wasListed.map(ListingVersion::number))) {
            return shelf.put(isListed.get(), after.seller(), now);
        }
        if (isListed.isEmpty() && wasListed.isPresent()) {
            return shelf.remove(after.id());
        }
        return Mono.empty();
    }

    private Mono<Void> consequences(Listing listing, StatusMove move, Instant now) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("listingId", listing.id().toString());
        payload.put("version", move.version());
        payload.put("from", move.from() == null ? null : move.from().name());
        payload.put("to", move.to().name());
        payload.put("reason", move.reason());
        payload.values().removeIf(java.util.Objects::isNull);
        Mono<Void> notify = notifications.notify(listing.seller(), "listing." + move.to().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'), stream(listing.id()), payload).then();
        Mono<Void> index = Mono.empty();
        if (FINAL.contains(move.to())) {
            index = listings.versionRef(listing.id(), move.version()).flatMap(subjects::clear);
        } else if (move.to() == ListingStatus.LISTED) {
            index = runs.subjectPrefixes(listing.id(), move.version())
                    .zipWith(listings.versionRef(listing.id(), move.version()))
                    .flatMap(t -> subjects.replace(t.getT2(), SubjectCapture.read(t.getT1())));
        }
        String reason = move.reason() == null ? "" : move.reason();
        Mono<Void> listen = switch (move.to()) {
            case SUSPENDED -> Flux.fromIterable(listeners.orderedStream().toList())
                    .concatMap(l -> l.listingSuspended(listing.id(), reason, now)).then();
            case DELISTED -> Flux.fromIterable(listeners.orderedStream().toList())
                    .concatMap(l -> l.listingDelisted(listing.id(), reason, now)).then();
            default -> Mono.empty();
        };
        return notify.then(index).then(listen);
    }

    private static Map<String, Object> auditDetails(ListingChange change, Map<String, ?> details) {
        Map<String, Object> all = new LinkedHashMap<>(details);
        all.put("revision", change.before().revision() + 1);
        List<Map<String, Object>> moves = change.moves().stream().map(m -> {
            Map<String, Object> move = new LinkedHashMap<>();
            move.put("version", m.version());
            move.put("from", m.from() == null ? "NEW" : m.from().name());
            move.put("to", m.to().name());
            if (m.reason() != null) {
                move.put("reason", m.reason());
            }
            return move;
        }).toList();
        all.put("moves", moves);
        return all;
    }
}
