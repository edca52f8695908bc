package cn.sz.dataexchange.validator.asset;

import java.util.List;

/** Reads an asset record by record into one reused {@link Row}. */
public interface RowReader extends AutoCloseable {

    /** The column names seen so far: the CSV header, or every JSON field name met up to now. */
    List<String> columns();

    /** Fills {@code row} with the next record; false at the end of the asset. */
    boolean next(Row row);

    /** Bytes consumed from the stream so far. */
    long bytesRead();

    @Override
    void close();
}
