package cn.sz.dataexchange.api.assets.format;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * Reads plaintext out of the segmented AES-GCM format: a read at any position decrypts and
 * authenticates only the segments it touches. Keeps the last decrypted segment, so sequential
 * reads decrypt every segment once.
 */
public final class DecryptingContent implements PlainContent {

    private final StoredBytes object;
    private final SegmentedAesGcm format;
    private final long size;
    private final long lastSegment;
    private final byte[] sealed;
    private final byte[] plain;
    private long loadedSegment = -1;
    private int loadedBytes;

    public DecryptingContent(StoredBytes object, byte[] dataKey, UUID assetId, long plainSize) throws IOException {
        this.object = object;
        byte[] header = new byte[SegmentedAesGcm.HEADER_BYTES];
        readFully(ByteBuffer.wrap(header), 0);
        this.format = SegmentedAesGcm.fromHeader(dataKey, assetId, header);
        this.size = plainSize;
        this.lastSegment = SegmentedAesGcm.segmentCount(plainSize, format.segmentBytes()) - 1;
        this.sealed = new byte[format.segmentBytes() + SegmentedAesGcm.TAG_BYTES];
        this.plain = new byte[format.segmentBytes()];
        long expected = SegmentedAesGcm.ciphertextSize(plainSize, format.segmentBytes());
        if (object.size() != expected) {
            throw new TamperedContentException("asset " + assetId + " has " + object.size() + " stored bytes, expected "
                    + expected);
        }
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
        long index = position / format.segmentBytes();
        load(index);
        int within = (int) (position - index * format.segmentBytes());
        int n = Math.min(len, loadedBytes - within);
        System.arraycopy(plain, within, dst, off, n);
        return n;
    }

    private void load(long index) throws IOException {
        if (index == loadedSegment) {
            return;
        }
        boolean last = index == lastSegment;
        int plainBytes = last ? (int) (size - index * format.segmentBytes()) : format.segmentBytes();
        int sealedBytes = plainBytes + SegmentedAesGcm.TAG_BYTES;
        readFully(ByteBuffer.wrap(sealed, 0, sealedBytes), format.segmentOffset(index));
        loadedBytes = format.decrypt(index, last, sealed, 0, sealedBytes, plain, 0);
        loadedSegment = index;
    }

    private void readFully(ByteBuffer dst, long position) throws IOException {
        long at = position;
        while (dst.hasRemaining()) {
            int n = object.read(dst, at);
            if (n < 0) {
                throw new EOFException("stored asset ends early at byte " + at);
            }
            at += n;
        }
    }

    @Override
    public void close() throws IOException {
        object.close();
    }
}
