package cn.sz.dataexchange.validator.publicdata;

import java.util.BitSet;
import java.util.List;

/**
 * Port: keyed hashes of the records of non-open public datasets, supplied by the public-data
 * authority, so that overlap can be detected without anyone seeing those datasets.
 */
public interface RestrictedFingerprints {

    /** The schemes to compute; empty when the authority supplied none. */
    List<FingerprintScheme> schemes();

    /** For a batch of fingerprints of one dataset, the positions of those that are restricted records. */
    BitSet restricted(String datasetId, List<Fingerprint> fingerprints);

    /** No fingerprints at all. */
    RestrictedFingerprints NONE = new RestrictedFingerprints() {
        @Override
        public List<FingerprintScheme> schemes() {
            return List.of();
        }

        @Override
        public BitSet restricted(String datasetId, List<Fingerprint> fingerprints) {
            return new BitSet();
        }
    };
}
