package cn.sz.dataexchange.validator.facts;

import java.util.List;

/** Finds a column by name (exact first, then ignoring case), remembering the answer until new columns appear. */
final class ColumnLookup {

    private final String name;
    private int knownColumns = -1;
    private int index = -1;

    ColumnLookup(String name) {
        this.name = name;
    }

    int indexIn(List<String> columns) {
        if (name == null) {
            return -1;
        }
        if (columns.size() != knownColumns) {
            knownColumns = columns.size();
            index = columns.indexOf(name);
            for (int i = 0; index < 0 && i < columns.size(); i++) {
                if (columns.get(i).equalsIgnoreCase(name.strip())) {
                    index = i;
                }
            }
        }
        return index;
    }
}
