package cn.sz.dataexchange.validator.asset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A growable window over an input stream. Readers parse from {@link #pos} to {@link #limit};
 * when a record is cut by the window's end they call {@link #refill()}, which moves the
 * unfinished record to the front and reads more, growing the window up to the record size limit.
 */
final class ByteSource {

    private final InputStream in;
    private final int maxRecordBytes;
    byte[] buf;
    int pos;
    int limit;
    boolean eof;
    private long consumedBeforeWindow;

    ByteSource(InputStream in, int bufferBytes, int maxRecordBytes) {
        this.in = in;
        this.buf = new byte[bufferBytes];
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Reads more bytes; false when the stream is exhausted. */
    boolean refill(long lineForMessages) {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            consumedBeforeWindow += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= maxRecordBytes) {
                throw new InvalidAssetException("the record starting on line " + lineForMessages
                        + " is longer than " + maxRecordBytes + " bytes");
            }
            buf = java.util.Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxRecordBytes));
        }
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return false;
            }
            limit += n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the asset failed", e);
        }
    }

    long bytesConsumed() {
        return consumedBeforeWindow + pos;
    }

    void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
