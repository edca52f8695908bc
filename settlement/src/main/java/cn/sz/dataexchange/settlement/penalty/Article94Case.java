package cn.sz.dataexchange.settlement.penalty;

import cn.sz.dataexchange.settlement.money.Money;
import java.util.Objects;
import java.util.Set;

/**
 * The facts of a trade in violation of Art. 67 (e.g. personal data without consent, non-open public
 * data), and the readings of ADR 0043 the deciding official sets aside ({@code overridden}).
 */
public record Article94Case(Money illegalIncome, DiscretionFactors factors, Set<StatutoryReading> overridden) {

    public Article94Case {
        Objects.requireNonNull(illegalIncome, "illegalIncome");
        Objects.requireNonNull(factors, "factors");
        overridden = Set.copyOf(overridden);
        if (illegalIncome.isNegative()) {
            throw new IllegalArgumentException("illegal income cannot be negative");
        }
        if (!Set.of(StatutoryReading.ART94_THRESHOLD_IN_UPPER_BRACKET).containsAll(overridden)) {
            throw new IllegalArgumentException("only " + StatutoryReading.ART94_THRESHOLD_IN_UPPER_BRACKET.code()
                    + " can be set aside in an Art. 94 case");
        }
    }

    public Article94Case(Money illegalIncome, DiscretionFactors factors) {
        this(illegalIncome, factors, Set.of());
    }
}
