package cn.sz.dataexchange.validator.facts;

import java.util.ArrayList;
import java.util.List;

/** A count with the first few line numbers behind it. */
public final class SampleLines {

    private final int limit;
    private final List<Long> lines = new ArrayList<>();
    private long count;

    public SampleLines(int limit) {
        this.limit = limit;
    }

    public void add(long line) {
        count++;
        if (lines.size() < limit) {
            lines.add(line);
        }
    }

    public long count() {
        return count;
    }

    public List<Long> lines() {
        return List.copyOf(lines);
    }
}
