package cn.sz.dataexchange.validator.facts;

import cn.sz.dataexchange.validator.identifiers.IdentifierKind;

import java.util.List;

/**
 * How often one kind of identifier appeared in one column.
 *
 * @param column        the column name
 * @param kind          the identifier kind
 * @param values        how many values of that kind were found
 * @param sampleLines   the first lines they were found on
 * @param maskedSamples a few of them, masked
 */
public record IdentifierOccurrences(String column, IdentifierKind kind, long values, List<Long> sampleLines,
                                    List<String> maskedSamples) {
}
