package cn.sz.dataexchange.settlement.penalty;

import cn.sz.dataexchange.settlement.money.Money;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of a violation of Art. 68 (unfair acquisition or use of other entities' data) or
 * Art. 69 (differential treatment of counterparties with the same trading conditions).
 *
 * @param violatedArticles 68 and/or 69
 * @param previousYearTurnover needed when the circumstances are serious (the cap is 5 % of it)
 * @param overridden readings of ADR 0043 the deciding official sets aside
 */
public record Article95Case(Set<Integer> violatedArticles, Money illegalIncome, boolean refusedCorrection,
        boolean seriousCircumstances, Optional<Money> previousYearTurnover, DiscretionFactors factors,
        Set<StatutoryReading> overridden) {

    public Article95Case(Set<Integer> violatedArticles, Money illegalIncome, boolean refusedCorrection,
            boolean seriousCircumstances, Optional<Money> previousYearTurnover, DiscretionFactors factors) {
        this(violatedArticles, illegalIncome, refusedCorrection, seriousCircumstances, previousYearTurnover, factors,
                Set.of());
    }

    public Article95Case {
        violatedArticles = Set.copyOf(violatedArticles);
        overridden = Set.copyOf(overridden);
        if (!Set.of(StatutoryReading.ART95_SERIOUS_TIER_STANDS_ALONE, StatutoryReading.ART95_SERIOUS_TIER_NO_MINIMUM)
                .containsAll(overridden)) {
            throw new IllegalArgumentException("only the serious-tier readings can be set aside in an Art. 95 case");
        }
        Objects.requireNonNull(illegalIncome, "illegalIncome");
        Objects.requireNonNull(previousYearTurnover, "previousYearTurnover");
        Objects.requireNonNull(factors, "factors");
        if (violatedArticles.isEmpty() || !Set.of(68, 69).containsAll(violatedArticles)) {
            throw new IllegalArgumentException("Art. 95 covers violations of Art. 68 and Art. 69 only");
        }
        if (illegalIncome.isNegative() || previousYearTurnover.map(Money::isNegative).orElse(false)) {
            throw new IllegalArgumentException("income and turnover cannot be negative");
        }
    }
}
