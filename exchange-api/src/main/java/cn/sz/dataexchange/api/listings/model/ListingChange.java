package cn.sz.dataexchange.api.listings.model;

import java.util.List;
import java.util.Set;

/**
 * What a command did to a listing: the listing before (its revision is the one the change is
 * conditional on) and after, the status moves it made, and which versions changed.
 */
public record ListingChange(Listing before, Listing after, List<StatusMove> moves, Set<Integer> changedVersions) {

    public ListingChange {
        moves = List.copyOf(moves);
        changedVersions = Set.copyOf(changedVersions);
    }
}
