package cn.sz.dataexchange.api.assets.format;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/** Positional reads of a stored object's bytes. Blocking. */
public interface StoredBytes extends Closeable {

    long size() throws IOException;

    /** Reads into {@code dst} from {@code position}; -1 at the end. */
    int read(ByteBuffer dst, long position) throws IOException;
}
