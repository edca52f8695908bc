package cn.sz.dataexchange.api.assets.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** Fails with the given exception as soon as more than {@code maxBytes} are read (uploads of bounded size). */
public final class LimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private final Supplier<? extends RuntimeException> tooLarge;
    private long read;

    public LimitedInputStream(InputStream in, long maxBytes, Supplier<? extends RuntimeException> tooLarge) {
        super(in);
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    public long bytesRead() {
        return read;
    }

    private void count(int n) {
        read += n;
        if (read > maxBytes) {
            throw tooLarge.get();
        }
    }
}
