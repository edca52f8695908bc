package cn.sz.dataexchange.validator.facts;

import cn.sz.dataexchange.validator.asset.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups rows into equivalence classes over the quasi-identifiers (values trimmed, compared as
 * bytes) by a 64-bit hash of the tuple, and counts distinct sensitive values per class. Memory:
 * about 24 bytes per class, independent of the number of rows.
 */
public final class QuasiIdentifierObserver implements RowObserver {

    private static final long ABSENT = 0x5A5A5A5A5A5A5A5AL;

    private final List<String> names;
    private final ColumnLookup[] lookups;
    private final ColumnLookup sensitive;
    private final boolean withSensitive;
    private final EquivalenceClasses classes = new EquivalenceClasses(1 << 16);
    private final LongHashSet pairs = new LongHashSet(1 << 16);
    private final int k;
    private final int l;
    private final int sampleLimit;
    private List<String> lastColumns = List.of();
    private long rows;

    public QuasiIdentifierObserver(List<String> quasiIdentifiers, String sensitiveColumn, int k, int l, int sampleLimit) {
        this.names = List.copyOf(quasiIdentifiers);
        this.lookups = names.stream().map(ColumnLookup::new).toArray(ColumnLookup[]::new);
        this.sensitive = new ColumnLookup(sensitiveColumn);
        this.withSensitive = sensitiveColumn != null;
        this.k = k;
        this.l = l;
        this.sampleLimit = sampleLimit;
    }

    @Override
    public void observe(Row row, List<String> columns) {
        lastColumns = columns;
        long key = 17;
        for (ColumnLookup lookup : lookups) {
            key = LongHashing.combine(key, valueHash(row, lookup.indexIn(columns)));
        }
        classes.add(key, row.line());
        if (withSensitive && pairs.add(LongHashing.combine(key, valueHash(row, sensitive.indexIn(columns))))) {
            classes.addDistinctSensitiveValue(key);
        }
        rows++;
    }

    public AnonymityFigures result() {
        long smallest = rows == 0 ? 0 : Long.MAX_VALUE;
        long lowestL = withSensitive ? (rows == 0 ? 0 : Long.MAX_VALUE) : -1;
        long classesBelowK = 0;
        long rowsBelowK = 0;
        long classesBelowL = 0;
        long[] firstLines = new long[16];
        int lines = 0;
        for (int slot = 0; slot < classes.capacity(); slot++) {
            int size = classes.size(slot);
            if (size == 0) {
                continue;
            }
            smallest = Math.min(smallest, size);
            if (size < k) {
                classesBelowK++;
                rowsBelowK += size;
                if (lines == firstLines.length) {
                    firstLines = Arrays.copyOf(firstLines, lines * 2);
                }
                firstLines[lines++] = classes.firstLine(slot);
            }
            if (withSensitive) {
                lowestL = Math.min(lowestL, classes.distinct(slot));
                if (classes.distinct(slot) < l) {
                    classesBelowL++;
                }
            }
        }
        Arrays.sort(firstLines, 0, lines);
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < Math.min(lines, sampleLimit); i++) {
            samples.add(firstLines[i]);
        }
        List<String> missing = names.stream()
                .filter(n -> new ColumnLookup(n).indexIn(lastColumns) < 0).toList();
        return new AnonymityFigures(names, missing, rows, classes.classes(), smallest, classesBelowK, rowsBelowK,
                samples, lowestL, classesBelowL);
    }

    private static long valueHash(Row row, int column) {
        int field = column < 0 ? -1 : row.fieldOf(column);
        if (field < 0) {
            return ABSENT;
        }
        byte[] b = row.buffer();
        int s = row.start(field);
        int e = row.end(field);
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        return LongHashing.hash(b, s, e);
    }
}
