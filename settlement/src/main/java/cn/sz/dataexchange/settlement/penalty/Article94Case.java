package cn.sz.dataexchange.settlement.penalty;

import cn.sz.dataexchange.settlement.money.Money;
import java.util.Objects;

/** The facts of a trade in violation of Art. 67 (e.g. personal data without consent, non-open public data). */
public record Article94Case(Money illegalIncome, DiscretionFactors factors) {

    public Article94Case {
        Objects.requireNonNull(illegalIncome, "illegalIncome");
        Objects.requireNonNull(factors, "factors");
        if (illegalIncome.isNegative()) {
            throw new IllegalArgumentException("illegal income cannot be negative");
        }
    }
}
