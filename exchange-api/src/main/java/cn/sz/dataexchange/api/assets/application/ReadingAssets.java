package cn.sz.dataexchange.api.assets.application;

import cn.sz.dataexchange.api.assets.format.DecryptingContent;
import cn.sz.dataexchange.api.assets.format.PlainContent;
import cn.sz.dataexchange.api.assets.format.StoredPlainContent;
import cn.sz.dataexchange.api.assets.model.DataAsset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Reads stored assets back as plaintext, decrypting when they are encrypted at rest: ranges as
 * reactive buffers (delivery, downloads) on the asset I/O scheduler, or a blocking stream for
 * code that already runs on a worker thread (validation).
 */
public final class ReadingAssets implements AssetContents {

    private static final int CHUNK = 64 * 1024;

    private final AssetRecords records;
    private final AssetStorage storage;
    private final DataKeys keys;
    private final Scheduler io;

    public ReadingAssets(AssetRecords records, AssetStorage storage, DataKeys keys, Scheduler io) {
        this.records = records;
        this.storage = storage;
        this.keys = keys;
        this.io = io;
    }

    @Override
    public Mono<StoredAsset> find(UUID assetId) {
        return records.find(assetId).map(ReadingAssets::stored);
    }

    @Override
    public Flux<DataBuffer> read(UUID assetId, long offset, long length) {
        if (offset < 0 || length < 0) {
            return Flux.error(new IllegalArgumentException("offset and length must not be negative"));
        }
        return records.find(assetId).flatMapMany(asset -> range(asset, offset, length));
    }

    /** {@code length} plaintext bytes of {@code asset} from {@code offset}, clamped to its end. */
    public Flux<DataBuffer> range(DataAsset asset, long offset, long length) {
        long end = Math.min(asset.bytes(), offset + length);
        return Flux.using(() -> open(asset), content -> chunks(content, offset, end), ReadingAssets::closeQuietly)
                .subscribeOn(io);
    }

    /** Opens the plaintext of {@code asset}. Blocking: call it on a worker thread, and close what it returns. */
    public PlainContent open(DataAsset asset) throws IOException {
        AssetStorage.StoredObject object = storage.open(asset.id());
        try {
            if (asset.encrypted()) {
                return new DecryptingContent(object, keys.open(asset.id(), asset.encryption()), asset.id(), asset.bytes());
            }
            return new StoredPlainContent(object, asset.bytes());
        } catch (IOException | RuntimeException e) {
            object.close();
            throw e;
        }
    }

    private static Flux<DataBuffer> chunks(PlainContent content, long from, long end) {
        return Flux.generate(() -> from, (position, sink) -> {
            if (position >= end) {
                sink.complete();
                return position;
            }
            byte[] chunk = new byte[(int) Math.min(CHUNK, end - position)];
            try {
                int n = content.read(position, chunk, 0, chunk.length);
                if (n < 0) {
                    sink.complete();
                    return position;
                }
                sink.next(DefaultDataBufferFactory.sharedInstance.wrap(java.nio.ByteBuffer.wrap(chunk, 0, n)));
                return position + n;
            } catch (IOException e) {
                sink.error(new UncheckedIOException(e));
                return position;
            }
        });
    }

    private static void closeQuietly(PlainContent content) {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoredAsset stored(DataAsset a) {
        return new StoredAsset(a.id(), a.owner().value(), a.bytes(), a.sha256(), a.format().name(), a.encrypted());
    }
}
