package cn.sz.dataexchange.validator.asset;

import java.nio.charset.StandardCharsets;

/**
 * One record of the asset, as byte ranges of UTF-8 into the reader's buffer. The reader reuses
 * this object for every record: observers read it during the callback and keep nothing of it.
 * Field {@code i} belongs to column {@link #column(int)}; a quoted CSV field's range excludes the
 * enclosing quotes, and doubled quotes inside it are undone only by {@link #text(int)}.
 */
public final class Row {

    byte[] buf;
    int[] starts = new int[32];
    int[] ends = new int[32];
    int[] columns = new int[32];
    boolean[] escaped = new boolean[32];
    int count;
    long line;
    boolean multiline;

    public int fieldCount() {
        return count;
    }

    public byte[] buffer() {
        return buf;
    }

    public int start(int field) {
        return starts[field];
    }

    public int end(int field) {
        return ends[field];
    }

    /** The column index (into the reader's column names) of field {@code i}. */
    public int column(int field) {
        return columns[field];
    }

    /** The 1-based physical line the record starts on. */
    public long line() {
        return line;
    }

    /** The physical line of byte {@code offset} of this record (differs from {@link #line()} only inside multi-line quoted fields). */
    public long lineAt(int offset) {
        if (!multiline) {
            return line;
        }
        long l = line;
        for (int i = starts[0]; i < offset; i++) {
            if (buf[i] == '\n') {
                l++;
            }
        }
        return l;
    }

    /** The decoded value of field {@code i}. */
    public String text(int field) {
        String s = new String(buf, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
        return escaped[field] ? s.replace("\"\"", "\"") : s;
    }

    /** The field holding column {@code column}, or -1 when this record has none. */
    public int fieldOf(int column) {
        if (column < count && columns[column] == column) {
            return column;
        }
        for (int i = 0; i < count; i++) {
            if (columns[i] == column) {
                return i;
            }
        }
        return -1;
    }

    void reset(byte[] buffer, long lineNumber) {
        buf = buffer;
        line = lineNumber;
        count = 0;
        multiline = false;
    }

    void add(int start, int end, int column, boolean hasEscapes) {
        if (count == starts.length) {
            int n = count * 2;
            starts = java.util.Arrays.copyOf(starts, n);
            ends = java.util.Arrays.copyOf(ends, n);
            columns = java.util.Arrays.copyOf(columns, n);
            escaped = java.util.Arrays.copyOf(escaped, n);
        }
        starts[count] = start;
        ends[count] = end;
        columns[count] = column;
        escaped[count] = hasEscapes;
        count++;
    }
}
