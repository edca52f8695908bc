package cn.sz.dataexchange.api.listings.model;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A data product a seller lists, with its versions. The version on the shelf (LISTED or
 * SUSPENDED) stays there while a newer version goes through validation and review; approving the
 * newer one supersedes it. Every command answers with a {@link ListingChange} or a refusal that
 * names the current status; {@code revision} is the optimistic lock every change is conditional on.
 */
public record Listing(UUID id, OrgId seller, long revision, Instant createdAt, List<ListingVersion> versions) {

    public Listing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(seller, "seller");
        versions = versions.stream().sorted(Comparator.comparingInt(ListingVersion::number)).toList();
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a listing has at least one version");
        }
    }

    public static Listing create(UUID id, OrgId seller, ProductDetails details, Instant now) {
        return new Listing(id, seller, 0, now, List.of(ListingVersion.draft(id, 1, details, now)));
    }

    public ListingVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public Optional<ListingVersion> onShelf() {
        return versions.stream().filter(v -> v.status().onShelf()).findFirst();
    }

    public Optional<ListingVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public boolean delisted() {
        return versions.stream().anyMatch(v -> v.status() == ListingStatus.DELISTED);
    }

    /** The listing's status as one word: delisted, else that of the version on the shelf, else that of the latest. */
    public ListingStatus status() {
        if (delisted()) {
            return ListingStatus.DELISTED;
        }
        return onShelf().map(ListingVersion::status).orElse(latest().status());
    }

    public boolean ownedBy(OrgId org) {
        return seller.equals(org);
    }

    /** The version an administrator may decide on now, if any. */
    public Optional<ListingVersion> underReview() {
        return versions.stream().filter(ListingVersion::underReview).reduce((a, b) -> b);
    }

    /** Changes the seller's working copy: in place for a draft, otherwise as a new version. */
    public Result<ListingChange> edit(UnaryOperator<ProductDetails> patch, Instant now) {
        ListingVersion latest = latest();
        if (delisted()) {
            return refuse("edit");
        }
        return switch (latest.status()) {
            case DRAFT -> Result.accepted(change(List.of(latest.withDetails(patch.apply(latest.details()))), List.of()));
            case CHANGES_REQUESTED -> {
                ListingVersion reopened = latest.movedTo(ListingStatus.DRAFT, "edited after changes were requested", now)
                        .withDetails(patch.apply(latest.details()));
                yield Result.accepted(change(List.of(reopened), List.of(move(latest, ListingStatus.DRAFT, null))));
            }
            case REJECTED, LISTED, SUSPENDED -> {
                ListingVersion next = ListingVersion.draft(id, latest.number() + 1, patch.apply(latest.details()), now);
                yield Result.accepted(change(List.of(next), List.of(new StatusMove(next.number(), null, ListingStatus.DRAFT,
                        "new version of " + latest.status() + " version " + latest.number()))));
            }
            default -> refuse("edit");
        };
    }

    /** The seller submits the working copy for validation. */
    public Result<ListingChange> submit(Instant now) {
        return moveLatest(ListingStatus.DRAFT, ListingStatus.VALIDATING, "submitted", "submit", now);
    }

    /** The version whose re-validation a seller may ask for: the suspended one on the shelf, when it is the latest. */
    public Result<ListingVersion> revalidationTarget() {
        ListingVersion latest = latest();
        if (!delisted() && latest.status() == ListingStatus.SUSPENDED && !latest.awaitingReinstatement()) {
            return Result.accepted(latest);
        }
        return Result.refused(Refusal.illegalTransition("Listing " + id, status(), "re-validation"));
    }

    /** Validation of {@code number} ended: into review when it passed, rejected otherwise. */
    public Result<ListingChange> validated(int number, boolean passed, String reason, Instant now) {
        return moveVersion(number, ListingStatus.VALIDATING, passed ? ListingStatus.PENDING_REVIEW : ListingStatus.REJECTED,
                reason, "complete validation", now);
    }

    /** Validation of {@code number} could not run at all; the seller may submit again. */
    public Result<ListingChange> validationAbandoned(int number, String reason, Instant now) {
        return moveVersion(number, ListingStatus.VALIDATING, ListingStatus.DRAFT, reason, "abandon validation", now);
    }

    /** A re-validation of the suspended version ended: when it passed, the version waits for review. */
    public Result<ListingChange> revalidated(int number, boolean passed, Instant now) {
        Optional<ListingVersion> v = version(number).filter(x -> x.status() == ListingStatus.SUSPENDED);
        if (v.isEmpty()) {
            return refuse("complete re-validation");
        }
        if (!passed) {
            return Result.accepted(change(List.of(), List.of()));
        }
        return Result.accepted(change(List.of(v.get().awaitingReinstatement(true, now)), List.of()));
    }

    /** An administrator approves the version under review: it goes on sale, superseding the one before. */
    public Result<ListingChange> approve(String reason, Instant now) {
        Optional<ListingVersion> target = underReview();
        if (target.isEmpty() || delisted()) {
            return refuse("approve");
        }
        ListingVersion approved = target.get();
        List<ListingVersion> changed = new ArrayList<>();
        List<StatusMove> moves = new ArrayList<>();
        onShelf().filter(v -> v.number() != approved.number()).ifPresent(old -> {
            changed.add(old.movedTo(ListingStatus.SUPERSEDED, "superseded by version " + approved.number(), now));
            moves.add(move(old, ListingStatus.SUPERSEDED, "superseded by version " + approved.number()));
        });
        changed.add(approved.movedTo(ListingStatus.LISTED, reason, now));
        moves.add(move(approved, ListingStatus.LISTED, reason));
        return Result.accepted(change(changed, moves));
    }

    public Result<ListingChange> reject(String reason, Instant now) {
        return decideAgainst(ListingStatus.REJECTED, reason, "reject", now);
    }

    public Result<ListingChange> requestChanges(String reason, Instant now) {
        return decideAgainst(ListingStatus.CHANGES_REQUESTED, reason, "request changes", now);
    }

    /** Takes the product off sale for now (Art. 22 withdrawals, or an administrator's decision). */
    public Result<ListingChange> suspend(String reason, Instant now) {
        Optional<ListingVersion> listed = onShelf().filter(v -> v.status() == ListingStatus.LISTED);
        if (listed.isEmpty()) {
            return refuse("suspend");
        }
        return Result.accepted(change(List.of(listed.get().movedTo(ListingStatus.SUSPENDED, reason, now)),
                List.of(move(listed.get(), ListingStatus.SUSPENDED, reason))));
    }

    /** Takes the product off the exchange for good. */
    public Result<ListingChange> delist(String reason, Instant now) {
        Optional<ListingVersion> shelf = onShelf();
        if (shelf.isEmpty()) {
            return refuse("delist");
        }
        return Result.accepted(change(List.of(shelf.get().movedTo(ListingStatus.DELISTED, reason, now)),
                List.of(move(shelf.get(), ListingStatus.DELISTED, reason))));
    }

    private Result<ListingChange> decideAgainst(ListingStatus outcome, String reason, String attempted, Instant now) {
        Optional<ListingVersion> target = underReview();
        if (target.isEmpty()) {
            return refuse(attempted);
        }
        ListingVersion v = target.get();
        if (v.status() == ListingStatus.SUSPENDED) {
            return Result.accepted(change(List.of(v.awaitingReinstatement(false, now)), List.of()));
        }
        return Result.accepted(change(List.of(v.movedTo(outcome, reason, now)), List.of(move(v, outcome, reason))));
    }

    private Result<ListingChange> moveLatest(ListingStatus from, ListingStatus to, String reason, String attempted,
                                             Instant now) {
        ListingVersion latest = latest();
        if (delisted() || latest.status() != from || !from.canMoveTo(to)) {
            return refuse(attempted);
        }
        return Result.accepted(change(List.of(latest.movedTo(to, reason, now)), List.of(move(latest, to, reason))));
    }

    private Result<ListingChange> moveVersion(int number, ListingStatus from, ListingStatus to, String reason,
                                              String attempted, Instant now) {
        Optional<ListingVersion> v = version(number).filter(x -> x.status() == from);
        if (v.isEmpty() || !from.canMoveTo(to)) {
            return refuse(attempted);
        }
        return Result.accepted(change(List.of(v.get().movedTo(to, reason, now)), List.of(move(v.get(), to, reason))));
    }

    private static StatusMove move(ListingVersion v, ListingStatus to, String reason) {
        if (!v.status().canMoveTo(to)) {
            throw new IllegalStateException(v.status() + " -> " + to + " is not in the status table");
        }
        return new StatusMove(v.number(), v.status(), to, reason);
    }

    private ListingChange change(List<ListingVersion> changed, List<StatusMove> moves) {
        List<ListingVersion> next = new ArrayList<>(versions);
        Set<Integer> numbers = new HashSet<>();
        for (ListingVersion c : changed) {
            numbers.add(c.number());
            next.removeIf(v -> v.number() == c.number());
            next.add(c);
        }
        return new ListingChange(this, new Listing(id, seller, revision, createdAt, next), moves, numbers);
    }

    /** A refused move, naming the status moves open from the latest version and what the seller can do next. */
    private <T> Result<T> refuse(String attempted) {
        Refusal refusal = Refusal.illegalTransition("Listing " + id, status(), attempted);
        return Result.refused(new Refusal(refusal.reason(), refusal.type(), refusal.title(),
                refusal.detail() + ". " + SellerActions.nextStep(this), refusal.properties())
                .with("allowedFromLatest", ListingStatus.allowedFrom(latest().status()).stream().map(Enum::name).sorted().toList())
                .with("allowedActions", SellerActions.of(this)));
    }
}
