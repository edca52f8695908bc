package cn.sz.dataexchange.api.publicdata.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import reactor.core.publisher.Mono;

/** Port: fingerprinted non-open datasets and their fingerprints. */
public interface FingerprintDatasets {

    /** Creates the dataset's scheme or replaces it, dropping the fingerprints it had. */
    Mono<Void> replaceScheme(String datasetId, List<String> fields, byte[] sealedKey, Instant at, String actor);

    /** Adds fingerprints (64 hex characters each) to a dataset; returns how many were new. */
    Mono<Long> add(String datasetId, List<String> hexFingerprints);

    Mono<List<StoredScheme>> schemes();

    /** Of the given fingerprints (hex), those that are restricted records of the dataset. */
    Mono<Set<String>> restricted(String datasetId, List<String> hexFingerprints);

    /** A dataset's scheme with its key as stored (sealed). */
    record StoredScheme(String datasetId, List<String> fields, byte[] sealedKey) {
    }
}
