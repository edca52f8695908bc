package cn.sz.dataexchange.api.assets.application;

import cn.sz.dataexchange.api.assets.format.StoredBytes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * Port: where asset bytes live (the local file system under the data directory by default). It
 * stores opaque bytes, already encrypted when they must be. Blocking: call it on an I/O scheduler.
 */
public interface AssetStorage {

    /** Starts writing a new object; nothing is visible under {@code id} until {@link Staging#commit()}. */
    Staging stage(UUID id) throws IOException;

    /** Opens a committed object for positional reads. */
    StoredObject open(UUID id) throws IOException;

    /** Removes a committed object (used when recording it failed). */
    void delete(UUID id) throws IOException;

    /** An object being written. Either committed or discarded, never left half. */
    interface Staging {

        void write(ByteBuffer bytes) throws IOException;

        /** Makes the object durable and visible, atomically. */
        void commit() throws IOException;

        /** Drops everything written; safe to call more than once and after a failure. */
        void discard();
    }

    /** A committed object. */
    interface StoredObject extends StoredBytes {
    }
}
