package cn.sz.dataexchange.validator.facts;

import java.util.List;

/**
 * Overlap of the asset with one non-open public dataset.
 *
 * @param datasetId       the restricted dataset
 * @param missingColumns  fingerprint fields the asset has no column for (then nothing could be compared)
 * @param rowsCompared    rows fingerprinted
 * @param overlappingRows rows whose fingerprint is a restricted record
 * @param sampleLines     the first of them
 */
public record RestrictedOverlap(String datasetId, List<String> missingColumns, long rowsCompared,
                                long overlappingRows, List<Long> sampleLines) {

    public boolean comparable() {
        return missingColumns.isEmpty();
    }
}
