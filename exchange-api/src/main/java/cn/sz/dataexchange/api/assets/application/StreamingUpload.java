package cn.sz.dataexchange.api.assets.application;

import cn.sz.dataexchange.api.assets.format.ContentWriter;
import cn.sz.dataexchange.api.shared.Refusal;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One upload in progress: every chunk is counted against the size limit, hashed (SHA-256 of the
 * plaintext), written in the at-rest format and, for its first bytes, kept for format detection.
 * It ends committed and recorded, or discarded without a trace. Blocking; one thread at a time.
 */
public final class StreamingUpload {

    public static final int PREFIX_BYTES = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(StreamingUpload.class);

    private final UUID id;
    private final AssetStorage storage;
    private final AssetStorage.Staging staging;
    private final ContentWriter writer;
    private final long maxBytes;
    private final Refusal tooLarge;
    private final MessageDigest sha256;
    private final byte[] prefix = new byte[PREFIX_BYTES];
    private int prefixLength;
    private long bytes;
    private State state = State.RECEIVING;

    private enum State { RECEIVING, COMMITTED, RECORDED, DISCARDED }

    public StreamingUpload(UUID id, AssetStorage storage, AssetStorage.Staging staging, ContentWriter writer,
                           long maxBytes, Refusal tooLarge) {
        this.id = id;
        this.storage = storage;
        this.staging = staging;
        this.writer = writer;
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public synchronized void accept(ByteBuffer chunk) throws IOException {
        if (state != State.RECEIVING) {
            throw new IllegalStateException("upload " + id + " is " + state);
        }
        bytes += chunk.remaining();
        if (bytes > maxBytes) {
            throw tooLarge.toException();
        }
        if (prefixLength < PREFIX_BYTES) {
            int n = Math.min(PREFIX_BYTES - prefixLength, chunk.remaining());
            chunk.get(chunk.position(), prefix, prefixLength, n);
            prefixLength += n;
        }
        sha256.update(chunk.duplicate());
        writer.write(chunk);
    }

    /** All bytes are in: flushes the last segment. */
    public synchronized Received finish() throws IOException {
        writer.finish();
        return new Received(bytes, HexFormat.of().formatHex(sha256.digest()), Arrays.copyOf(prefix, prefixLength));
    }

    /** Makes the object durable and visible under its id. */
    public synchronized void commit() throws IOException {
        staging.commit();
        state = State.COMMITTED;
    }

    /** The asset's record is in the database: the object now belongs to it. */
    public synchronized void recorded() {
        state = State.RECORDED;
    }

    /** Leaves nothing behind unless the asset was recorded. Safe to call more than once. */
    public synchronized void discard() {
        switch (state) {
            case RECEIVING -> staging.discard();
            case COMMITTED -> deleteCommitted();
            case RECORDED, DISCARDED -> {
                return;
            }
        }
        state = State.DISCARDED;
    }

    private void deleteCommitted() {
        try {
            storage.delete(id);
        } catch (IOException e) {
            log.warn("Could not remove the unrecorded asset object {}", id, e);
        }
    }

    /** What arrived: size, hash, and the first bytes for format detection. */
    public record Received(long bytes, String sha256, byte[] prefix) {
    }
}
