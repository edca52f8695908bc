package cn.sz.dataexchange.api.assets.application;

import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reading stored data assets: the contract between the assets area (which implements it) and
 * its readers (validation, delivery). Content comes back decrypted when it is encrypted at rest.
 */
public interface AssetContents {

    Mono<StoredAsset> find(UUID assetId);

    /** {@code length} bytes from {@code offset} (for HTTP Range); the whole asset with 0 and its size. */
    Flux<DataBuffer> read(UUID assetId, long offset, long length);

    /** What is known of a stored asset. {@code sha256} is of the plaintext, hex. */
    record StoredAsset(UUID id, UUID ownerOrgId, long bytes, String sha256, String format, boolean encrypted) {
    }
}
