package cn.sz.dataexchange.validator.json;

import cn.sz.dataexchange.validator.publicdata.Fingerprint;

import java.util.List;

/**
 * The file the public-data authority hands out: per non-open dataset, its scheme and fingerprints.
 *
 * @param datasets the datasets
 */
public record FingerprintFile(List<Dataset> datasets) {

    /** One dataset: id, fingerprinted fields, HMAC key in hex, fingerprints in hex. */
    public record Dataset(String datasetId, List<String> fields, String keyHex, List<Fingerprint> fingerprints) {
    }
}
