package cn.sz.dataexchange.settlement.money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An amount of money in the currency's minor unit (fen for CNY) as a {@code long}. Arithmetic is
 * exact: overflow throws {@link ArithmeticException}, mixing currencies throws
 * {@link IllegalArgumentException}. Amounts may be negative (differences, signed balances); shares
 * and allocations are defined for non-negative amounts only. No floating point anywhere.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money ofFen(long fen) {
        return new Money(fen, Currency.CNY);
    }

    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, Currency.CNY.minorUnitsPerMajor()), Currency.CNY);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** Parses "1234.56", "1234", "¥1,234.56", "￥1,234.56", "-¥12.30" or "CNY 12.30" (see {@link MoneyFormat}). */
    public static Money parse(String text) {
        return MoneyFormat.parse(text);
    }

    /** The amount in fen; the same as {@link #minorUnits()} for CNY. */
    public long fen() {
        return minorUnits;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minorUnits, factor), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** This amount times {@code numerator / denominator}, rounded to a whole minor unit by {@code rule}. */
    public Money multiplyByFraction(long numerator, long denominator, RoundingRule rule) {
        requireNonNegative("a fraction");
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("fraction must be non-negative with a positive denominator");
        }
        long wholes = minorUnits / denominator;
        long rest = minorUnits % denominator;
        long fromWholes = Math.multiplyExact(wholes, numerator);
        long restTimesNumerator = Math.multiplyExact(rest, numerator);
        long quotient = Math.addExact(fromWholes, restTimesNumerator / denominator);
        return new Money(rule.round(quotient, restTimesNumerator % denominator, denominator), currency);
    }

    /** The share of this amount at {@code rate}, e.g. a platform fee, rounded by {@code rule}. */
    public Money share(BasisPoints rate, RoundingRule rule) {
        return multiplyByFraction(rate.value(), BasisPoints.WHOLE, rule);
    }

    /**
     * Splits this amount in proportion to {@code ratios} without losing a fen (largest remainder
     * method): every part first gets its rounded-down share; the fen left over go one each to the
     * parts with the largest fractional remainders, the earlier part first on a tie. The parts
     * always sum to this amount.
     */
    public List<Money> allocate(long... ratios) {
        return Allocation.byRatios(this, ratios);
    }

    /** Splits this amount into {@code parts} near-equal parts; the first parts get one fen more. */
    public List<Money> split(int parts) {
        if (parts <= 0) {
            throw new IllegalArgumentException("parts must be positive");
        }
        long[] ones = new long[parts];
        Arrays.fill(ones, 1);
        return allocate(ones);
    }

    /** Plain decimal in the major unit without grouping or symbol: "1234.56", "-0.05". */
    public String toPlainString() {
        return MoneyFormat.plain(this);
    }

    /** For people: symbol and thousands separators, "¥1,234.56", "-¥0.05". */
    public String toDisplayString() {
        return MoneyFormat.display(this);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    @Override
    public String toString() {
        return currency.code() + " " + toPlainString();
    }

    void requireNonNegative(String what) {
        if (minorUnits < 0) {
            throw new IllegalArgumentException(what + " is defined for non-negative amounts, was " + this);
        }
    }

    private void requireSameCurrency(Money other) {
        if (other.currency != currency) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    static List<Money> listOf(long[] minorUnits, Currency currency) {
        List<Money> result = new ArrayList<>(minorUnits.length);
        for (long units : minorUnits) {
            result.add(new Money(units, currency));
        }
        return List.copyOf(result);
    }
}
