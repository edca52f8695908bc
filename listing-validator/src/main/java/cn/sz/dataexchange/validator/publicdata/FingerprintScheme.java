package cn.sz.dataexchange.validator.publicdata;

import java.util.List;
import java.util.Objects;

/**
 * How the public-data authority fingerprinted one non-open dataset: HMAC-SHA256 with its key
 * over the values of {@code fields} of a record, each trimmed, joined by the unit separator
 * U+001F. The engine computes the same fingerprint for every row of an asset that has columns
 * of those names (matched case-insensitively).
 */
public record FingerprintScheme(String datasetId, List<String> fields, byte[] key) {

    public FingerprintScheme {
        Objects.requireNonNull(datasetId, "datasetId");
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a fingerprint scheme needs at least one field");
        }
        key = key.clone();
    }
}
