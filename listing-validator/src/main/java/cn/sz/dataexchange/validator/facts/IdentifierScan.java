package cn.sz.dataexchange.validator.facts;

import cn.sz.dataexchange.validator.asset.CsvRowReader;
import cn.sz.dataexchange.validator.asset.JsonLinesRowReader;
import cn.sz.dataexchange.validator.asset.Row;
import cn.sz.dataexchange.validator.asset.RowReader;
import cn.sz.dataexchange.validator.identifiers.CardContext;
import cn.sz.dataexchange.validator.identifiers.CsvIdentifierScan;
import cn.sz.dataexchange.validator.identifiers.IdentifierKind;
import cn.sz.dataexchange.validator.identifiers.IdentifierScanner;
import cn.sz.dataexchange.validator.identifiers.Masking;
import cn.sz.dataexchange.validator.model.AssetFormat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

/** Scans a whole asset and reports every identifier with its physical line, column and masked value. */
public final class IdentifierScan {

    /**
     * Receives each identifier found, in file order. The bytes {@code buf[start, end)} are the raw
     * identifier, valid only during the call: mask them ({@link Masking}) before they go anywhere.
     */
    public interface Hits {
        void found(long line, String column, IdentifierKind kind, byte[] buf, int start, int end);
    }

    private static final int MIN_LENGTH = 6;

    private final IdentifierScanner scanner;
    private final int bufferBytes;
    private final int maxRecordBytes;

    public IdentifierScan(LocalDate today, int bufferBytes, int maxRecordBytes) {
        this.scanner = new IdentifierScanner(today);
        this.bufferBytes = bufferBytes;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Scans the asset; returns the number of records (CSV: physical lines after the header) read. */
    public long run(InputStream in, AssetFormat format, Hits hits) {
        if (format == AssetFormat.CSV) {
            return new CsvChunks(in, bufferBytes, maxRecordBytes).scan(new CsvIdentifierScan(scanner), hits);
        }
        return runRows(in, format, hits);
    }

    /** The same scan through the row reader (used for JSON Lines, and to cross-check the fused CSV scan). */
    public long runRows(InputStream in, AssetFormat format, Hits hits) {
        try (RowReader reader = format == AssetFormat.CSV
                ? new CsvRowReader(in, bufferBytes, maxRecordBytes)
                : new JsonLinesRowReader(in, bufferBytes, maxRecordBytes)) {
            Row row = new Row();
            boolean[] cardColumns = new boolean[0];
            int knownColumns = 0;
            long rows = 0;
            while (reader.next(row)) {
                rows++;
                List<String> columns = reader.columns();
                byte[] b = row.buffer();
                for (int f = 0; f < row.fieldCount(); f++) {
                    if (row.end(f) - row.start(f) < MIN_LENGTH) {
                        continue;
                    }
                    int column = row.column(f);
                    if (column >= knownColumns) {
                        cardColumns = java.util.Arrays.copyOf(cardColumns, column + 1);
                        for (; knownColumns <= column; knownColumns++) {
                            cardColumns[knownColumns] = CardContext.inColumnName(nameOf(columns, knownColumns));
                        }
                    }
                    int n = scanner.scan(b, row.start(f), row.end(f), cardColumns[column]);
                    for (int m = 0; m < n; m++) {
                        hits.found(row.lineAt(scanner.start(m)), nameOf(columns, column), scanner.kind(m),
                                b, scanner.start(m), scanner.end(m));
                    }
                }
            }
            return rows;
        }
    }

    static String nameOf(List<String> columns, int column) {
        return column < columns.size() ? columns.get(column) : "column_" + (column + 1);
    }
}
