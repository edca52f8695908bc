package cn.sz.dataexchange.api.assets.format;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Plaintext stored as it is. */
public final class StoredPlainContent implements PlainContent {

    private final StoredBytes object;
    private final long size;

    public StoredPlainContent(StoredBytes object, long size) {
        this.object = object;
        this.size = size;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int read(long position, byte[] dst, int off, int len) throws IOException {
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(len, size - position);
        return object.read(ByteBuffer.wrap(dst, off, n), position);
    }

    @Override
    public void close() throws IOException {
        object.close();
    }
}
