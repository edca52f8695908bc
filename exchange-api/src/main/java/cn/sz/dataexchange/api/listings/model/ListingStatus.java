package cn.sz.dataexchange.api.listings.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The status of a listing version, with stable persisted codes and the one table of allowed
 * moves. DRAFT -> VALIDATING -> REJECTED | PENDING_REVIEW -> LISTED | REJECTED | CHANGES_REQUESTED
 * (-> DRAFT); LISTED -> SUSPENDED -> LISTED | DELISTED. Two moves beyond the specified table (ADR
 * 0050): VALIDATING -> DRAFT when validation could not run at all (never because of findings), and
 * LISTED | SUSPENDED -> SUPERSEDED when a newer version of the product is approved.
 */
public enum ListingStatus {
    DRAFT(10),
    VALIDATING(20),
    REJECTED(30),
    PENDING_REVIEW(40),
    CHANGES_REQUESTED(50),
    LISTED(60),
    SUSPENDED(70),
    DELISTED(80),
    SUPERSEDED(90);

    private static final Map<ListingStatus, Set<ListingStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(VALIDATING),
            VALIDATING, EnumSet.of(REJECTED, PENDING_REVIEW, DRAFT),
            REJECTED, EnumSet.noneOf(ListingStatus.class),
            PENDING_REVIEW, EnumSet.of(LISTED, REJECTED, CHANGES_REQUESTED),
            CHANGES_REQUESTED, EnumSet.of(DRAFT),
            LISTED, EnumSet.of(SUSPENDED, DELISTED, SUPERSEDED),
            SUSPENDED, EnumSet.of(LISTED, DELISTED, SUPERSEDED),
            DELISTED, EnumSet.noneOf(ListingStatus.class),
            SUPERSEDED, EnumSet.noneOf(ListingStatus.class));

    private final int code;

    ListingStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean canMoveTo(ListingStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** The version is the product's face on the shelf: on sale, or taken off sale for now. */
    public boolean onShelf() {
        return this == LISTED || this == SUSPENDED;
    }

    public static Set<ListingStatus> allowedFrom(ListingStatus status) {
        return Set.copyOf(ALLOWED.get(status));
    }

    public static ListingStatus ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown listing status code " + code));
    }
}
