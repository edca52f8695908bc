package cn.sz.dataexchange.validator.facts;

import cn.sz.dataexchange.validator.identifiers.IdentifierKind;

import java.util.List;

/**
 * Every identifier the scan found, per column and kind, in column order.
 *
 * @param occurrences             per column and kind
 * @param rowsWithPersonalIdentifiers rows holding at least one identifier of a natural person
 */
public record IdentifiersFound(List<IdentifierOccurrences> occurrences, long rowsWithPersonalIdentifiers) {

    public List<IdentifierOccurrences> personal() {
        return occurrences.stream().filter(o -> o.kind().personal()).toList();
    }

    public List<IdentifierOccurrences> ofKind(IdentifierKind kind) {
        return occurrences.stream().filter(o -> o.kind() == kind).toList();
    }
}
