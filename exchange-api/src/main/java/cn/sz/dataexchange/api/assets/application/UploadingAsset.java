package cn.sz.dataexchange.api.assets.application;

import cn.sz.dataexchange.api.assets.format.ContentWriter;
import cn.sz.dataexchange.api.assets.format.EncryptingWriter;
import cn.sz.dataexchange.api.assets.format.PlainWriter;
import cn.sz.dataexchange.api.assets.format.SegmentedAesGcm;
import cn.sz.dataexchange.api.assets.model.AssetEncryption;
import cn.sz.dataexchange.api.assets.model.DataAsset;
import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.RefusalException;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.validator.model.AssetFormat;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * A seller uploads a data asset as a stream of any size: each chunk is hashed and written (and
 * encrypted when the policy says so) on the asset I/O scheduler as it arrives, with a small
 * prefetch, so memory stays bounded whatever the size. The asset exists only once it is committed
 * and recorded; a failure or a cancelled request at any point leaves nothing behind.
 */
public final class UploadingAsset {

    private static final int PREFETCH = 4;

    private final AssetStorage storage;
    private final AssetRecords records;
    private final DataKeys keys;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final Scheduler io;
    private final AssetSettings settings;

    public UploadingAsset(AssetStorage storage, AssetRecords records, DataKeys keys, AuditLog audit,
                          TransactionalOperator tx, Clock clock, Scheduler io, AssetSettings settings) {
        this.storage = storage;
        this.records = records;
        this.keys = keys;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.io = io;
        this.settings = settings;
    }

    /** What the uploader says about the body; {@code contentLength} is -1 when unknown. */
    public record UploadAsset(Optional<AssetFormat> format, String fileName, boolean declaredSensitive,
                              long contentLength) {
    }

    public Mono<Result<DataAsset>> upload(Caller seller, UploadAsset command, Flux<DataBuffer> body) {
        Optional<OrgId> owner = seller.orgId();
        if (owner.isEmpty()) {
            return Mono.just(Result.refused(Refusal.forbidden("Assets belong to organisations")));
        }
        Result<?> admitted = settings.limits().admitsDeclaredLength(command.contentLength());
        if (admitted.isAccepted() && command.format().isPresent()) {
            admitted = settings.limits().admits(command.format().get());
        }
        if (!admitted.isAccepted()) {
            return body.doOnNext(DataBufferUtils::release).then(Mono.just(admitted.map(x -> (DataAsset) null)));
        }
        UUID id = UUID.randomUUID();
        boolean encrypt = settings.encryption().encrypts(command.declaredSensitive());
        return Mono.usingWhen(
                Mono.fromCallable(() -> start(id, encrypt)).subscribeOn(io),
                upload -> receive(body, upload.upload())
                        .flatMap(received -> store(seller, owner.get(), command, id, upload, received)),
                upload -> Mono.empty(),
                (upload, error) -> discard(upload.upload()),
                upload -> discard(upload.upload()))
                .onErrorResume(RefusalException.class, e -> Mono.just(Result.refused(e.refusal())));
    }

    private Mono<Void> discard(StreamingUpload upload) {
        return Mono.fromRunnable(upload::discard).subscribeOn(io).then();
    }

    private Mono<StreamingUpload.Received> receive(Flux<DataBuffer> body, StreamingUpload upload) {
        return body.publishOn(io, PREFETCH)
                .doOnNext(buffer -> {
                    try (DataBuffer.ByteBufferIterator chunks = buffer.readableByteBuffers()) {
                        while (chunks.hasNext()) {
                            upload.accept(chunks.next());
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .doOnDiscard(DataBuffer.class, DataBufferUtils::release)
                .then(Mono.fromCallable(upload::finish).subscribeOn(io));
    }

    private Mono<Result<DataAsset>> store(Caller seller, OrgId owner, UploadAsset command, UUID id, Started started,
                                          StreamingUpload.Received received) {
        Result<FormatDetection.Detected> detected = FormatDetection.detect(command.format(), received.prefix(),
                received.bytes()).flatMap(d -> settings.limits().admits(d.format()).map(f -> d));
        if (detected instanceof Result.Refused<FormatDetection.Detected> refused) {
            return discard(started.upload()).thenReturn(Result.refused(refused.refusal()));
        }
        FormatDetection.Detected d = detected.orElseThrow();
        DataAsset asset = new DataAsset(id, owner, command.fileName(), d.format(), received.bytes(), received.sha256(),
                d.header(), started.encryption(), clock.instant());
        Mono<DataAsset> record = records.insert(asset, seller.actor())
                .flatMap(saved -> audit.append("asset:" + id, seller.actor(), "asset.uploaded", details(saved))
                        .thenReturn(saved));
        return Mono.fromCallable(() -> {
                    started.upload().commit();
                    return started;
                }).subscribeOn(io)
                .then(tx.transactional(record))
                .doOnNext(saved -> started.upload().recorded())
                .map(Result::accepted);
    }

    private static Map<String, Object> details(DataAsset asset) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("owner", asset.owner().toString());
        details.put("bytes", asset.bytes());
        details.put("sha256", asset.sha256());
        details.put("format", asset.format().name());
        details.put("encrypted", asset.encrypted());
        return details;
    }

    private Started start(UUID id, boolean encrypt) throws IOException {
        AssetStorage.Staging staging = storage.stage(id);
        try {
            ContentWriter writer;
            AssetEncryption encryption = null;
            if (encrypt) {
                DataKeys.DataKey key = keys.generate(id, settings.segmentBytes());
                SegmentedAesGcm format = new SegmentedAesGcm(key.plaintext(), id, settings.segmentBytes(),
                        DataKeys.noncePrefix());
                writer = new EncryptingWriter(format, staging::write);
                encryption = key.sealed();
            } else {
                writer = new PlainWriter(staging::write, settings.writeBufferBytes());
            }
            return new Started(new StreamingUpload(id, storage, staging, writer, settings.limits().maxBytes(),
                    settings.limits().tooLarge()), encryption);
        } catch (IOException | RuntimeException e) {
            staging.discard();
            throw e;
        }
    }

    private record Started(StreamingUpload upload, AssetEncryption encryption) {
    }
}
