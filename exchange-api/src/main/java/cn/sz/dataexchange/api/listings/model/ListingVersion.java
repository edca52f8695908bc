package cn.sz.dataexchange.api.listings.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a product. Its status follows {@link ListingStatus}; {@code reviewRound} counts
 * the times it entered review (decisions belong to a round); {@code awaitingReinstatement} marks a
 * SUSPENDED version whose re-validation passed and which waits for an administrator's review.
 */
public record ListingVersion(UUID listingId, int number, ListingStatus status, ProductDetails details,
                             Instant createdAt, Instant statusChangedAt, String statusReason, int reviewRound,
                             boolean awaitingReinstatement, Instant reviewRequestedAt) {

    public ListingVersion {
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(details, "details");
    }

    public static ListingVersion draft(UUID listingId, int number, ProductDetails details, Instant now) {
        return new ListingVersion(listingId, number, ListingStatus.DRAFT, details.forListing(listingId), now, now, null, 0,
                false, null);
    }

    ListingVersion movedTo(ListingStatus next, String reason, Instant now) {
        boolean review = next == ListingStatus.PENDING_REVIEW;
        return new ListingVersion(listingId, number, next, details, createdAt, now, reason,
                review ? reviewRound + 1 : reviewRound, false, review ? now : null);
    }

    ListingVersion withDetails(ProductDetails changed) {
        return new ListingVersion(listingId, number, status, changed.forListing(listingId), createdAt, statusChangedAt,
                statusReason, reviewRound, awaitingReinstatement, reviewRequestedAt);
    }

    ListingVersion awaitingReinstatement(boolean awaiting, Instant now) {
        return new ListingVersion(listingId, number, status, details, createdAt, statusChangedAt, statusReason,
                awaiting ? reviewRound + 1 : reviewRound, awaiting, awaiting ? now : null);
    }

    /** Whether an administrator may decide on it now. */
    public boolean underReview() {
        return status == ListingStatus.PENDING_REVIEW || (status == ListingStatus.SUSPENDED && awaitingReinstatement);
    }
}
