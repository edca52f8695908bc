package cn.sz.dataexchange.api.catalog.application;

import java.util.List;

/**
 * One page of search results. {@code totalItems} is exact up to {@link #EXACT_UP_TO} matches; beyond,
 * it is that number and {@code totalItemsExact} is false ("200+"), so a broad search never counts
 * the whole catalog.
 */
public record SearchPage<T>(List<T> items, int page, int size, long totalItems, boolean totalItemsExact) {

    public static final int EXACT_UP_TO = 200;

    public SearchPage {
        items = List.copyOf(items);
    }

    @com.fasterxml.jackson.annotation.JsonProperty("totalPages")
    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }
}
