package cn.sz.dataexchange.api.publicdata.application;

import cn.sz.dataexchange.api.assets.format.LimitedInputStream;
import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.security.MasterKey;
import cn.sz.dataexchange.api.shared.Refusal;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * An administrator uploads the authority's keyed fingerprints of non-open datasets. The file is
 * parsed as it streams in (on a worker thread) and written in batches; each dataset in the file
 * replaces what was stored for it, all in one transaction. The authority's HMAC keys are stored
 * sealed with the master key.
 */
public final class ImportingFingerprints {

    private static final int BATCH = 10_000;

    private final FingerprintDatasets datasets;
    private final MasterKey masterKey;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final Scheduler worker;
    private final long maxBytes;

    public ImportingFingerprints(FingerprintDatasets datasets, MasterKey masterKey, AuditLog audit,
                                 TransactionalOperator tx, Clock clock, Scheduler worker, long maxBytes) {
        this.datasets = datasets;
        this.masterKey = masterKey;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.worker = worker;
        this.maxBytes = maxBytes;
    }

    /** Per dataset, how many fingerprints were stored. */
    public record Imported(Map<String, Long> fingerprintsByDataset) {
    }

    static String keyBinding(String datasetId) {
        return "fingerprint-key:" + datasetId;
    }

    public Mono<Imported> importFile(Caller admin, Flux<DataBuffer> body) {
        var at = clock.instant();
        Flux<FingerprintFileEvents.Event> events = Flux.using(
                () -> new FingerprintFileEvents(limited(DataBufferUtils.subscriberInputStream(body, 4)), BATCH),
                reader -> Flux.<FingerprintFileEvents.Event>generate(sink -> {
                    FingerprintFileEvents.Event event = reader.next();
                    if (event == null) {
                        sink.complete();
                    } else {
                        sink.next(event);
                    }
                }),
                FingerprintFileEvents::close).subscribeOn(worker);
        Map<String, Long> counts = new LinkedHashMap<>();
        Mono<Imported> work = events.concatMap(event -> event instanceof FingerprintFileEvents.Scheme s
                        ? startDataset(s, counts, admin, at)
                        : add((FingerprintFileEvents.Batch) event, counts), 1)
                .then(Mono.fromSupplier(() -> new Imported(Map.copyOf(counts))))
                .flatMap(imported -> audit.append("public-data-fingerprints", admin.actor(),
                        "public-data.fingerprints-imported", Map.of("fingerprintsByDataset", imported.fingerprintsByDataset()))
                        .thenReturn(imported));
        return tx.transactional(work);
    }

    private Mono<Long> startDataset(FingerprintFileEvents.Scheme s, Map<String, Long> counts, Caller admin,
                                    java.time.Instant at) {
        if (counts.containsKey(s.datasetId())) {
            return Mono.error(Refusal.invalidField("datasets", "dataset " + s.datasetId() + " appears twice").toException());
        }
        counts.put(s.datasetId(), 0L);
        return datasets.replaceScheme(s.datasetId(), s.fields(), masterKey.seal(s.key(), keyBinding(s.datasetId())), at,
                admin.actor()).thenReturn(0L);
    }

    private Mono<Long> add(FingerprintFileEvents.Batch batch, Map<String, Long> counts) {
        return datasets.add(batch.datasetId(), batch.fingerprints())
                .doOnNext(n -> counts.merge(batch.datasetId(), n, Long::sum));
    }

    private InputStream limited(InputStream in) {
        return new LimitedInputStream(in, maxBytes, () -> Refusal.of(Refusal.Reason.PAYLOAD_TOO_LARGE,
                "payload-too-large", "Payload too large", "A fingerprint file may have at most " + maxBytes + " bytes")
                .toException());
    }
}
