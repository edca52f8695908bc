package cn.sz.dataexchange.validator.model;

import java.util.Objects;

/**
 * The column that identifies the data subject and how its values become subject keys.
 *
 * @param name           the column's header name (CSV) or field name (JSON Lines)
 * @param form           raw identifiers, to be keyed by the exchange, or precomputed keys in hex
 * @param identifierKind the kind of raw identifier, which decides its normalisation
 */
public record SubjectColumn(String name, SubjectKeyForm form, SubjectIdentifierKind identifierKind) {

    public SubjectColumn {
        Objects.requireNonNull(name, "subjectColumn.name");
        form = form == null ? SubjectKeyForm.RAW_IDENTIFIER : form;
        identifierKind = identifierKind == null ? SubjectIdentifierKind.OTHER : identifierKind;
    }
}
