package cn.sz.dataexchange.validator.facts;

import cn.sz.dataexchange.validator.consent.ConsentGap;

import java.util.List;
import java.util.Map;

/**
 * The consent state of every distinct subject in the asset.
 *
 * @param subjects           distinct subjects
 * @param rowsWithoutSubject rows whose subject column is empty or missing
 * @param invalidKeys        rows whose precomputed key is not 64 hex characters
 * @param minors             subjects under the minor age (Art. 20)
 * @param gaps               per gap, the subjects with it and the first lines they appear on
 * @param provenanceGaps     subjects with any gap of rule 1 (no record, not in force, purposes, categories)
 */
public record ConsentCoverage(long subjects, Tally rowsWithoutSubject, Tally invalidKeys, Tally minors,
                              Map<ConsentGap, Tally> gaps, Tally provenanceGaps) {

    /** A count with sample line numbers. */
    public record Tally(long count, List<Long> sampleLines) {

        static Tally of(SampleLines lines) {
            return new Tally(lines.count(), lines.lines());
        }
    }

    public Tally gap(ConsentGap gap) {
        return gaps.getOrDefault(gap, new Tally(0, List.of()));
    }

    public long covered() {
        return subjects - provenanceGaps.count();
    }
}
