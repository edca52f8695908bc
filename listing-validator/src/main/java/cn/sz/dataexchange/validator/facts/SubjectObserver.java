package cn.sz.dataexchange.validator.facts;

import cn.sz.dataexchange.validator.asset.Row;
import cn.sz.dataexchange.validator.consent.SubjectKey;
import cn.sz.dataexchange.validator.consent.SubjectKeyDerivation;
import cn.sz.dataexchange.validator.identifiers.ResidentIdNumber;
import cn.sz.dataexchange.validator.model.SubjectColumn;
import cn.sz.dataexchange.validator.model.SubjectIdentifierKind;
import cn.sz.dataexchange.validator.model.SubjectKeyForm;

import java.util.List;

/**
 * Turns each row's subject column into a subject key, a birth date (from a raw resident ID, the
 * declared birth-date column, or the first resident ID elsewhere in the row) and the collection
 * date (the declared collection-date column), and hands them to the {@link ConsentCollector}.
 */
public final class SubjectObserver implements RowObserver {

    private final SubjectColumn subject;
    private final SubjectKeyDerivation derivation;
    private final ConsentCollector consents;
    private final IdentifierCollector identifiers;
    private final ColumnLookup subjectColumn;
    private final ColumnLookup birthDateColumn;
    private final ColumnLookup collectionDateColumn;

    public SubjectObserver(SubjectColumn subject, String birthDateColumn, String collectionDateColumn,
                           SubjectKeyDerivation derivation, ConsentCollector consents, IdentifierCollector identifiers) {
        this.subject = subject;
        this.derivation = derivation;
        this.consents = consents;
        this.identifiers = identifiers;
        this.subjectColumn = new ColumnLookup(subject.name());
        this.birthDateColumn = new ColumnLookup(birthDateColumn);
        this.collectionDateColumn = new ColumnLookup(collectionDateColumn);
    }

    @Override
    public void observe(Row row, List<String> columns) {
        int field = fieldOf(row, subjectColumn.indexIn(columns));
        if (field < 0 || isBlank(row, field)) {
            consents.missingSubject(row.line());
            return;
        }
        SubjectKey key = keyOf(row, field);
        if (key == null) {
            consents.invalidKey(row.line());
            return;
        }
        consents.subject(key, row.line(), birthDate(row, field, columns), collectionDate(row, columns));
    }

    @Override
    public void finish() {
        consents.flush();
    }

    private SubjectKey keyOf(Row row, int field) {
        if (subject.form() == SubjectKeyForm.PRECOMPUTED_KEY) {
            String hex = row.text(field).strip();
            if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return null;
            }
            return SubjectKey.fromHex(hex);
        }
        return derivation.derive(subject.identifierKind(), row.text(field));
    }

    private int birthDate(Row row, int subjectField, List<String> columns) {
        byte[] b = row.buffer();
        if (subject.form() == SubjectKeyForm.RAW_IDENTIFIER && subject.identifierKind() == SubjectIdentifierKind.RESIDENT_ID) {
            int s = row.start(subjectField);
            int len = row.end(subjectField) - s;
            if (len == 18 && ResidentIdNumber.isValid18(b, s, 99_991_231)) {
                return ResidentIdNumber.birthDate18(b, s);
            }
            if (len == 15 && ResidentIdNumber.isValidLegacy15(b, s, 99_991_231)) {
                return ResidentIdNumber.birthDate15(b, s);
            }
        }
        int dateField = fieldOf(row, birthDateColumn.indexIn(columns));
        if (dateField >= 0) {
            int date = BirthDates.parse(b, row.start(dateField), row.end(dateField));
            if (date != 0) {
                return date;
            }
        }
        return identifiers == null ? 0 : identifiers.rowBirthDate();
    }

    private int collectionDate(Row row, List<String> columns) {
        int field = fieldOf(row, collectionDateColumn.indexIn(columns));
        return field < 0 ? 0 : BirthDates.parse(row.buffer(), row.start(field), row.end(field));
    }

    private static int fieldOf(Row row, int column) {
        return column < 0 ? -1 : row.fieldOf(column);
    }

    private static boolean isBlank(Row row, int field) {
        byte[] b = row.buffer();
        for (int i = row.start(field); i < row.end(field); i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
