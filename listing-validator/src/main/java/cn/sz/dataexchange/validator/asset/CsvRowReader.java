package cn.sz.dataexchange.validator.asset;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads CSV (RFC 4180: comma separator, double-quote quoting with doubled quotes, CRLF or LF,
 * line breaks inside quoted fields) straight from bytes, with a header row. Blank lines are skipped.
 */
public final class CsvRowReader implements RowReader {

    private static final int INCOMPLETE = -1;
    private static final boolean[] STOPS = new boolean[256];

    static {
        STOPS[','] = true;
        STOPS['\n'] = true;
    }

    private final ByteSource src;
    private final List<String> header = new ArrayList<>();
    private long line = 1;
    private int newlines;

    public CsvRowReader(InputStream in, int bufferBytes, int maxRecordBytes) {
        this.src = new ByteSource(in, bufferBytes, maxRecordBytes);
        Row first = new Row();
        if (!next(first)) {
            throw new InvalidAssetException("the CSV asset is empty: a header row is required");
        }
        for (int i = 0; i < first.fieldCount(); i++) {
            String name = first.text(i).strip();
            header.add(i == 0 && name.startsWith("\uFEFF") ? name.substring(1) : name);
        }
    }

    @Override
    public List<String> columns() {
        return Collections.unmodifiableList(header);
    }

    @Override
    public boolean next(Row row) {
        while (true) {
            int end = parse(row);
            if (end == INCOMPLETE) {
                if (!src.refill(line) && src.pos == src.limit) {
                    return false;
                }
                continue;
            }
            src.pos = end;
            row.line = line;
            row.multiline = newlines > 0;
            line += 1 + newlines;
            if (isBlank(row)) {
                continue;
            }
            while (row.count > header.size() && !header.isEmpty()) {
                header.add("column_" + (header.size() + 1));
            }
            return true;
        }
    }

    @Override
    public long bytesRead() {
        return src.bytesConsumed();
    }

    @Override
    public void close() {
        src.close();
    }

    private static boolean isBlank(Row row) {
        return row.count == 1 && row.starts[0] == row.ends[0] && !row.escaped[0];
    }

    /** Parses one record from {@code src.pos}; returns the offset after it or INCOMPLETE. */
    private int parse(Row row) {
        final byte[] b = src.buf;
        final int limit = src.limit;
        final boolean eof = src.eof;
        int i = src.pos;
        if (i >= limit) {
            return INCOMPLETE;
        }
        row.reset(b, line);
        newlines = 0;
        int column = 0;
        while (true) {
            int k;
            if (i < limit && b[i] == '"') {
                int j = i + 1;
                boolean escapes = false;
                while (true) {
                    while (j < limit && b[j] != '"') {
                        if (b[j] == '\n') {
                            newlines++;
                        }
                        j++;
                    }
                    if (j >= limit) {
                        if (eof) {
                            throw new InvalidAssetException("line " + line + ": a quoted field is never closed");
                        }
                        return INCOMPLETE;
                    }
                    if (j + 1 >= limit && !eof) {
                        return INCOMPLETE;
                    }
                    if (j + 1 < limit && b[j + 1] == '"') {
                        escapes = true;
                        j += 2;
                        continue;
                    }
                    break;
                }
                row.add(i + 1, j, column, escapes);
                k = j + 1;
                if (k < limit && b[k] == '\r') {
                    k++;
                }
                if (k < limit && b[k] != ',' && b[k] != '\n') {
                    throw new InvalidAssetException("line " + (line + newlines)
                            + ": unexpected character after a closing quote");
                }
            } else {
                int j = i;
                while (j < limit && !STOPS[b[j] & 0xFF]) {
                    j++;
                }
                if (j >= limit && !eof) {
                    return INCOMPLETE;
                }
                int fieldEnd = j < limit && b[j] == '\n' && j > i && b[j - 1] == '\r' ? j - 1 : j;
                if (j >= limit && fieldEnd > i && b[fieldEnd - 1] == '\r') {
                    fieldEnd--;
                }
                row.add(i, fieldEnd, column, false);
                k = j;
            }
            if (k >= limit) {
                if (!eof) {
                    return INCOMPLETE;
                }
                return limit;
            }
            if (b[k] == '\n') {
                return k + 1;
            }
            i = k + 1;
            column++;
            if (i >= limit && !eof) {
                return INCOMPLETE;
            }
        }
    }
}
