package cn.sz.dataexchange.api.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where it is, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    @com.fasterxml.jackson.annotation.JsonProperty("totalPages")
    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }

    public <U> Page<U> map(Function<? super T, ? extends U> mapper) {
        return new Page<>(items.stream().<U>map(mapper).toList(), page, size, totalItems);
    }
}
