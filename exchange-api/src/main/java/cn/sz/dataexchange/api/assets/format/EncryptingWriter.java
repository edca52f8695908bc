package cn.sz.dataexchange.api.assets.format;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Encrypts plaintext segment by segment as it streams in. A full segment is sealed only when more
 * data follows, so the last segment is always known and marked as such.
 */
public final class EncryptingWriter implements ContentWriter {

    private final SegmentedAesGcm format;
    private final ByteSink sink;
    private final byte[] segment;
    private final byte[] sealed;
    private int pending;
    private long index;

    public EncryptingWriter(SegmentedAesGcm format, ByteSink sink) throws IOException {
        this.format = format;
        this.sink = sink;
        this.segment = new byte[format.segmentBytes()];
        this.sealed = new byte[format.segmentBytes() + SegmentedAesGcm.TAG_BYTES];
        writeFully(ByteBuffer.wrap(format.header()));
    }

    @Override
    public void write(ByteBuffer plain) throws IOException {
        while (plain.hasRemaining()) {
            if (pending == segment.length) {
                seal(false);
            }
            int n = Math.min(segment.length - pending, plain.remaining());
            plain.get(segment, pending, n);
            pending += n;
        }
    }

    @Override
    public void finish() throws IOException {
        seal(true);
    }

    private void seal(boolean last) throws IOException {
        int n = format.encrypt(index++, last, segment, 0, pending, sealed, 0);
        writeFully(ByteBuffer.wrap(sealed, 0, n));
        pending = 0;
    }

    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            sink.write(bytes);
        }
    }
}
