package cn.sz.dataexchange.validator.facts;

import cn.sz.dataexchange.validator.asset.CsvRowReader;
import cn.sz.dataexchange.validator.asset.InvalidAssetException;
import cn.sz.dataexchange.validator.identifiers.CardContext;
import cn.sz.dataexchange.validator.identifiers.CsvIdentifierScan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Feeds a CSV stream to {@link CsvIdentifierScan} in chunks that end just after a line break,
 * keeping an unfinished quoted field in the window across chunks.
 */
final class CsvChunks {

    private final InputStream in;
    private final int maxRecordBytes;
    private byte[] buf;
    private int limit;
    private boolean eof;

    CsvChunks(InputStream in, int bufferBytes, int maxRecordBytes) {
        this.in = in;
        this.buf = new byte[bufferBytes];
        this.maxRecordBytes = maxRecordBytes;
    }

    long scan(CsvIdentifierScan fused, IdentifierScan.Hits hits) {
        int headerEnd = headerEnd();
        List<String> columns = header(headerEnd);
        CsvIdentifierScan.Cursor cursor = new CsvIdentifierScan.Cursor(2, headerEnd);
        cursor.cardColumns = new boolean[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            cursor.cardColumns[c] = CardContext.inColumnName(columns.get(c));
        }
        CsvIdentifierScan.Emit emit = (line, column, kind, b, s, e) ->
                hits.found(line, IdentifierScan.nameOf(columns, column), kind, b, s, e);
        int pos = headerEnd;
        while (true) {
            int to = eof ? limit : lastNewline(pos) + 1;
            if (to > pos) {
                fused.scan(buf, pos, to, cursor, emit);
                pos = to;
            }
            if (eof) {
                break;
            }
            int keep = Math.min(cursor.fieldStart, pos);
            System.arraycopy(buf, keep, buf, 0, limit - keep);
            limit -= keep;
            pos -= keep;
            cursor.fieldStart -= keep;
            read(cursor.line);
        }
        if (cursor.inQuote) {
            throw new InvalidAssetException("line " + cursor.line + ": a quoted field is never closed");
        }
        return cursor.line - 2 + (limit > 0 && buf[limit - 1] != '\n' ? 1 : 0);
    }

    private int headerEnd() {
        boolean quoted = false;
        int i = 0;
        while (true) {
            for (; i < limit; i++) {
                if (buf[i] == '"') {
                    quoted = !quoted;
                } else if (buf[i] == '\n' && !quoted) {
                    return i + 1;
                }
            }
            if (eof) {
                if (limit == 0) {
                    throw new InvalidAssetException("the CSV asset is empty: a header row is required");
                }
                return limit;
            }
            read(1);
        }
    }

    private List<String> header(int end) {
        try (CsvRowReader reader = new CsvRowReader(new ByteArrayInputStream(buf, 0, end), 1 << 12, maxRecordBytes)) {
            return List.copyOf(reader.columns());
        }
    }

    private int lastNewline(int from) {
        for (int i = limit - 1; i >= from; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return from - 1;
    }

    private void read(long line) {
        if (limit == buf.length) {
            if (buf.length >= maxRecordBytes) {
                throw new InvalidAssetException("the record around line " + line + " is longer than " + maxRecordBytes + " bytes");
            }
            buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxRecordBytes));
        }
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the asset failed", e);
        }
    }
}
