package cn.sz.dataexchange.settlement.penalty;

import cn.sz.dataexchange.settlement.money.Money;
import java.util.Objects;

/** The fine the law allows, both ends included; a fixed fine has {@code minimum == maximum}. */
public record FineRange(Money minimum, Money maximum) {

    public FineRange {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        if (minimum.isNegative() || minimum.isGreaterThan(maximum)) {
            throw new IllegalArgumentException("need 0 <= minimum <= maximum, was " + minimum + ".." + maximum);
        }
    }

    public static FineRange fixed(Money amount) {
        return new FineRange(amount, amount);
    }

    public static FineRange between(Money minimum, Money maximum) {
        return new FineRange(minimum, maximum);
    }

    public boolean isFixed() {
        return minimum.equals(maximum);
    }

    public boolean contains(Money amount) {
        return !amount.isLessThan(minimum) && !amount.isGreaterThan(maximum);
    }

    @Override
    public String toString() {
        return isFixed() ? minimum.toDisplayString() : minimum.toDisplayString() + " to " + maximum.toDisplayString();
    }
}
