package cn.sz.dataexchange.validator.model;

import java.util.List;

/** What the engine read: format, size, rows and columns. */
public record AssetSummary(AssetFormat format, long bytes, long rows, List<String> columns) {

    public AssetSummary {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
