package cn.sz.dataexchange.validator.facts;

import cn.sz.dataexchange.validator.model.AssetSummary;

import java.util.List;
import java.util.Optional;

/**
 * Everything one pass over the asset established, for the rules to judge.
 *
 * @param summary     format, bytes, rows, columns
 * @param identifiers identifiers found per column and kind
 * @param consent     consent coverage, absent when no subject column was declared
 * @param anonymity   k-anonymity figures, absent when no quasi-identifiers were declared
 * @param overlaps    overlap with each restricted dataset
 */
public record AssetFacts(AssetSummary summary, IdentifiersFound identifiers, Optional<ConsentCoverage> consent,
                         Optional<AnonymityFigures> anonymity, List<RestrictedOverlap> overlaps) {
}
