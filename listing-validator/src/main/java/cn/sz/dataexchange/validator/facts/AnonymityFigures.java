package cn.sz.dataexchange.validator.facts;

import java.util.List;

/**
 * k-anonymity and l-diversity over the declared quasi-identifiers.
 *
 * @param quasiIdentifiers the columns, as declared
 * @param missingColumns   declared columns the asset does not have
 * @param rows             rows counted
 * @param classes          equivalence classes
 * @param smallestClass    k_min, the size of the smallest class (0 when there are no rows)
 * @param classesBelowK    classes smaller than the configured k
 * @param rowsBelowK       rows in those classes: the records at risk
 * @param sampleLines      first lines of some of those classes
 * @param lowestDiversity  fewest distinct sensitive values in a class, or -1 without a sensitive column
 * @param classesBelowL    classes with fewer distinct sensitive values than the configured l
 */
public record AnonymityFigures(List<String> quasiIdentifiers, List<String> missingColumns, long rows, long classes,
                               long smallestClass, long classesBelowK, long rowsBelowK, List<Long> sampleLines,
                               long lowestDiversity, long classesBelowL) {

    /** Prosecutor re-identification risk: 1 / k_min. */
    public double prosecutorRisk() {
        return smallestClass == 0 ? 0.0 : 1.0 / smallestClass;
    }
}
