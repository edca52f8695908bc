package cn.sz.dataexchange.api.listings.model;

/** A version moved from one status to another, and why: the event a change leaves. */
public record StatusMove(int version, ListingStatus from, ListingStatus to, String reason) {
}
