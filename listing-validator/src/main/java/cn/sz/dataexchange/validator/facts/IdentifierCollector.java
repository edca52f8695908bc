package cn.sz.dataexchange.validator.facts;

import cn.sz.dataexchange.validator.asset.Row;
import cn.sz.dataexchange.validator.identifiers.CardContext;
import cn.sz.dataexchange.validator.identifiers.IdentifierKind;
import cn.sz.dataexchange.validator.identifiers.IdentifierScanner;
import cn.sz.dataexchange.validator.identifiers.Masking;

import java.util.ArrayList;
import java.util.List;

/** Scans every value of every row for identifiers and tallies them per column and kind. */
public final class IdentifierCollector implements RowObserver {

    private static final int KINDS = IdentifierKind.values().length;
    private static final int MASKED_PER_COLUMN = 3;

    private final IdentifierScanner scanner;
    private final int sampleLimit;
    private final List<SampleLines[]> tallies = new ArrayList<>();
    private final List<List<String>> masked = new ArrayList<>();
    private final List<Boolean> cardColumns = new ArrayList<>();
    private List<String> columns = List.of();
    private long rowsWithPersonal;
    private int rowBirthDate;

    public IdentifierCollector(IdentifierScanner scanner, int sampleLimit) {
        this.scanner = scanner;
        this.sampleLimit = sampleLimit;
    }

    @Override
    public void observe(Row row, List<String> columnNames) {
        columns = columnNames;
        rowBirthDate = 0;
        boolean personal = false;
        byte[] b = row.buffer();
        for (int f = 0; f < row.fieldCount(); f++) {
            int s = row.start(f);
            int e = row.end(f);
            if (e - s < 6) {
                continue;
            }
            int column = row.column(f);
            int n = scanner.scan(b, s, e, isCardColumn(column));
            for (int m = 0; m < n; m++) {
                IdentifierKind kind = scanner.kind(m);
                personal |= kind.personal();
                record(row, column, kind, b, m);
            }
        }
        if (personal) {
            rowsWithPersonal++;
        }
    }

    /** The birth date (yyyymmdd) of the first resident ID in the current row, or 0. */
    public int rowBirthDate() {
        return rowBirthDate;
    }

    public IdentifiersFound result() {
        List<IdentifierOccurrences> out = new ArrayList<>();
        for (int c = 0; c < tallies.size(); c++) {
            SampleLines[] perKind = tallies.get(c);
            for (int k = 0; k < KINDS; k++) {
                if (perKind[k] == null) {
                    continue;
                }
                IdentifierKind kind = IdentifierKind.values()[k];
                List<String> samples = masked.get(c * KINDS + k);
                out.add(new IdentifierOccurrences(nameOf(c), kind, perKind[k].count(), perKind[k].lines(),
                        samples == null ? List.of() : List.copyOf(samples)));
            }
        }
        return new IdentifiersFound(out, rowsWithPersonal);
    }

    private void record(Row row, int column, IdentifierKind kind, byte[] b, int match) {
        int s = scanner.start(match);
        int e = scanner.end(match);
        while (tallies.size() <= column) {
            tallies.add(new SampleLines[KINDS]);
            for (int k = 0; k < KINDS; k++) {
                masked.add(null);
            }
        }
        SampleLines tally = tallies.get(column)[kind.ordinal()];
        if (tally == null) {
            tally = new SampleLines(sampleLimit);
            tallies.get(column)[kind.ordinal()] = tally;
            masked.set(column * KINDS + kind.ordinal(), new ArrayList<>());
        }
        tally.add(row.lineAt(s));
        List<String> samples = masked.get(column * KINDS + kind.ordinal());
        if (samples.size() < MASKED_PER_COLUMN) {
            samples.add(Masking.mask(kind, b, s, e));
        }
        if (kind == IdentifierKind.RESIDENT_ID && rowBirthDate == 0) {
            rowBirthDate = scanner.birthDate(match, b);
        }
    }

    private boolean isCardColumn(int column) {
        while (cardColumns.size() <= column) {
            cardColumns.add(CardContext.inColumnName(nameOf(cardColumns.size())));
        }
        return cardColumns.get(column);
    }

    private String nameOf(int column) {
        return column < columns.size() ? columns.get(column) : "column_" + (column + 1);
    }
}
