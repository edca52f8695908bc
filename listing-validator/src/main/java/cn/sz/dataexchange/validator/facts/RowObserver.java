package cn.sz.dataexchange.validator.facts;

import cn.sz.dataexchange.validator.asset.Row;

import java.util.List;

/** Looks at every record of the asset once, in order. */
public interface RowObserver {

    /** @param columns the column names known so far (JSON Lines adds names as it meets them) */
    void observe(Row row, List<String> columns);

    /** Called once after the last record. */
    default void finish() {
    }
}
