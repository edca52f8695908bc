package cn.sz.dataexchange.api.assets.format;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Where a {@link ContentWriter} puts its bytes (a storage staging object). */
@FunctionalInterface
public interface ByteSink {

    void write(ByteBuffer bytes) throws IOException;
}
