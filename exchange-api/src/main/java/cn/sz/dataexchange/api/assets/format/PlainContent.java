package cn.sz.dataexchange.api.assets.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** Random access to an asset's plaintext, whatever its at-rest format. Blocking; not thread-safe. */
public interface PlainContent extends Closeable {

    long size();

    /** Reads up to {@code len} plaintext bytes from {@code position}; -1 at or after the end. */
    int read(long position, byte[] dst, int off, int len) throws IOException;

    /** The plaintext from {@code position} as a stream; closing it closes this content. */
    default InputStream stream(long position) {
        PlainContent content = this;
        return new InputStream() {
            private long at = position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                int n = content.read(at, b, off, len);
                if (n > 0) {
                    at += n;
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                content.close();
            }
        };
    }
}
