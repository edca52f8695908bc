package cn.sz.dataexchange.validator.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a finding rests on: counts, figures, sample line numbers, column names and masked values.
 * Never raw personal data. Maps are sorted by key so that reports are byte-for-byte deterministic.
 */
public record Evidence(Map<String, Long> counts, Map<String, String> figures, List<Long> sampleLines,
                       List<String> columns, List<String> maskedSamples) {

    public static final Evidence NONE = new Evidence(Map.of(), Map.of(), List.of(), List.of(), List.of());

    public Evidence {
        counts = counts == null ? Map.of() : new TreeMap<>(counts);
        figures = figures == null ? Map.of() : new TreeMap<>(figures);
        sampleLines = sampleLines == null ? List.of() : List.copyOf(sampleLines);
        columns = columns == null ? List.of() : List.copyOf(columns);
        maskedSamples = maskedSamples == null ? List.of() : List.copyOf(maskedSamples);
    }

    public static Evidence counts(Map<String, Long> counts) {
        return new Evidence(counts, Map.of(), List.of(), List.of(), List.of());
    }

    public Evidence withSampleLines(List<Long> lines) {
        return new Evidence(counts, figures, lines, columns, maskedSamples);
    }

    public Evidence withColumns(List<String> names) {
        return new Evidence(counts, figures, sampleLines, names, maskedSamples);
    }

    public Evidence withMaskedSamples(List<String> masked) {
        return new Evidence(counts, figures, sampleLines, columns, masked);
    }

    public Evidence withFigures(Map<String, String> values) {
        return new Evidence(counts, values, sampleLines, columns, maskedSamples);
    }
}
