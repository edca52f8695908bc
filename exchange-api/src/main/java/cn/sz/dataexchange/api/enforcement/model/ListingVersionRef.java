package cn.sz.dataexchange.api.enforcement.model;

import java.util.Objects;
import java.util.UUID;

/** A listing version a case names. */
public record ListingVersionRef(UUID listingId, int version) implements Comparable<ListingVersionRef> {

    public ListingVersionRef {
        Objects.requireNonNull(listingId, "listingId");
        if (version < 1) {
            throw new IllegalArgumentException("listing versions start at 1");
        }
    }

    @Override
    public int compareTo(ListingVersionRef other) {
        int byId = listingId.compareTo(other.listingId);
        return byId != 0 ? byId : Integer.compare(version, other.version);
    }

    @Override
    public String toString() {
        return listingId + "@" + version;
    }
}
