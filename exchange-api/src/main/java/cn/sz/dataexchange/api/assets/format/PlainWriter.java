package cn.sz.dataexchange.api.assets.format;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Stores plaintext as it is, gathered into large writes. */
public final class PlainWriter implements ContentWriter {

    private final ByteSink sink;
    private final ByteBuffer buffer;

    public PlainWriter(ByteSink sink, int bufferBytes) {
        this.sink = sink;
        this.buffer = ByteBuffer.allocateDirect(bufferBytes);
    }

    @Override
    public void write(ByteBuffer plain) throws IOException {
        while (plain.hasRemaining()) {
            if (!buffer.hasRemaining()) {
                flush();
            }
            int n = Math.min(buffer.remaining(), plain.remaining());
            ByteBuffer slice = plain.slice(plain.position(), n);
            buffer.put(slice);
            plain.position(plain.position() + n);
        }
    }

    @Override
    public void finish() throws IOException {
        flush();
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            sink.write(buffer);
        }
        buffer.clear();
    }
}
