package cn.sz.dataexchange.api.publicdata.application;

import cn.sz.dataexchange.api.security.MasterKey;
import cn.sz.dataexchange.validator.memory.InMemoryPublicDataCatalog;
import cn.sz.dataexchange.validator.model.DataSource;
import cn.sz.dataexchange.validator.model.ListingManifest;
import cn.sz.dataexchange.validator.model.SourceKind;
import cn.sz.dataexchange.validator.publicdata.Fingerprint;
import cn.sz.dataexchange.validator.publicdata.FingerprintScheme;
import cn.sz.dataexchange.validator.publicdata.PublicDataCatalog;
import cn.sz.dataexchange.validator.publicdata.RestrictedFingerprints;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * What the validator needs from the public-data side for one run, prepared without blocking
 * before the run starts: the catalog entries the manifest cites (held in memory) and the
 * fingerprint schemes. Fingerprint lookups during the run are the only database calls, made on
 * the validation worker thread.
 */
public final class PublicDataForValidation {

    private static final Duration LOOKUP_TIMEOUT = Duration.ofMinutes(1);

    private final PublicDataEntries entries;
    private final FingerprintDatasets datasets;
    private final MasterKey masterKey;

    public PublicDataForValidation(PublicDataEntries entries, FingerprintDatasets datasets, MasterKey masterKey) {
        this.entries = entries;
        this.datasets = datasets;
        this.masterKey = masterKey;
    }

    /** The two ports for validating {@code manifest}. */
    public record Ports(PublicDataCatalog catalog, RestrictedFingerprints fingerprints) {
    }

    public Mono<Ports> prepare(ListingManifest manifest) {
        Set<String> cited = manifest.sources().stream().filter(s -> s.kind() == SourceKind.PUBLIC_DATA)
                .map(DataSource::catalogEntryId).filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        Mono<PublicDataCatalog> catalog = cited.isEmpty() ? Mono.just(InMemoryPublicDataCatalog.empty())
                : entries.findAll(cited).map(found -> new InMemoryPublicDataCatalog(
                found.stream().map(e -> e.forValidation()).toList()));
        Mono<RestrictedFingerprints> fingerprints = datasets.schemes().map(stored -> stored.isEmpty()
                ? RestrictedFingerprints.NONE
                : new DatabaseFingerprints(stored.stream().map(s -> new FingerprintScheme(s.datasetId(), s.fields(),
                masterKey.open(s.sealedKey(), ImportingFingerprints.keyBinding(s.datasetId())))).toList(), datasets));
        return Mono.zip(catalog, fingerprints, Ports::new);
    }

    /** Restricted fingerprints looked up in PostgreSQL, batch by batch, from the validation worker thread. */
    private record DatabaseFingerprints(List<FingerprintScheme> schemes, FingerprintDatasets datasets)
            implements RestrictedFingerprints {

        @Override
        public BitSet restricted(String datasetId, List<Fingerprint> batch) {
            List<String> hex = batch.stream().map(Fingerprint::toHex).toList();
            // Blocks: the validator is synchronous and runs on the dedicated validation scheduler, never on an event loop.
            Set<String> hits = datasets.restricted(datasetId, hex).block(LOOKUP_TIMEOUT);
            BitSet bits = new BitSet(batch.size());
            for (int i = 0; i < hex.size(); i++) {
                if (hits != null && hits.contains(hex.get(i))) {
                    bits.set(i);
                }
            }
            return bits;
        }
    }
}
