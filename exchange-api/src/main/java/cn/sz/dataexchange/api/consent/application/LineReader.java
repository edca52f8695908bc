package cn.sz.dataexchange.api.consent.application;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Splits a stream into lines without decoding it: each line is a byte range of a reused buffer,
 * numbered from 1. A line longer than {@code maxLineBytes} is reported as too long and skipped.
 * Blocking; not thread-safe.
 */
public final class LineReader implements Closeable {

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private long number;

    /** The current line: {@code buffer()[start, end)}, without its line break. */
    private int start;
    private int end;
    private boolean tooLong;

    public LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.buf = new byte[Math.max(1 << 20, maxLineBytes * 2)];
    }

    /** Advances to the next line; false at the end. */
    public boolean next() {
        tooLong = false;
        while (true) {
            int nl = indexOfNewline(pos, limit);
            if (nl >= 0 && nl - pos > maxLineBytes) {
                skipLongLine();
                return true;
            }
            if (nl >= 0) {
                take(nl, nl + 1);
                return true;
            }
            if (limit - pos > maxLineBytes) {
                skipLongLine();
                return true;
            }
            if (eof) {
                if (pos < limit) {
                    take(limit, limit);
                    return true;
                }
                return false;
            }
            fill();
        }
    }

    public long number() {
        return number;
    }

    public byte[] buffer() {
        return buf;
    }

    public int start() {
        return start;
    }

    public int length() {
        return end - start;
    }

    public boolean tooLong() {
        return tooLong;
    }

    /** Whether the current line holds nothing but white space. */
    public boolean blank() {
        for (int i = start; i < end; i++) {
            if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private void take(int lineEnd, int next) {
        number++;
        start = pos;
        end = lineEnd > pos && buf[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        pos = next;
    }

    private void skipLongLine() {
        number++;
        tooLong = true;
        start = pos;
        end = pos;
        while (true) {
            int nl = indexOfNewline(pos, limit);
            if (nl >= 0) {
                pos = nl + 1;
                return;
            }
            pos = limit;
            if (eof) {
                return;
            }
            fill();
        }
    }

    private void fill() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload failed", e);
        }
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
