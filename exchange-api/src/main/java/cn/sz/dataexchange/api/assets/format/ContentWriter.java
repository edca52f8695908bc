package cn.sz.dataexchange.api.assets.format;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Writes plaintext in the at-rest format, as it streams in. Blocking; not thread-safe. */
public interface ContentWriter {

    void write(ByteBuffer plain) throws IOException;

    /** Writes whatever is buffered (the last segment). */
    void finish() throws IOException;
}
