package cn.sz.dataexchange.settlement.money;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Largest-remainder allocation of an amount by ratios; exact (128-bit safe through BigInteger). */
final class Allocation {

    private Allocation() {
    }

    static java.util.List<Money> byRatios(Money total, long... ratios) {
        total.requireNonNegative("allocation");
        if (ratios.length == 0) {
            throw new IllegalArgumentException("at least one ratio is needed");
        }
        BigInteger ratioSum = BigInteger.ZERO;
        for (long ratio : ratios) {
            if (ratio < 0) {
                throw new IllegalArgumentException("ratios must be non-negative");
            }
            ratioSum = ratioSum.add(BigInteger.valueOf(ratio));
        }
        if (ratioSum.signum() == 0) {
            throw new IllegalArgumentException("ratios must not all be zero");
        }
        BigInteger amount = BigInteger.valueOf(total.minorUnits());
        long[] parts = new long[ratios.length];
        BigInteger[] remainders = new BigInteger[ratios.length];
        long allocated = 0;
        for (int i = 0; i < ratios.length; i++) {
            BigInteger[] division = amount.multiply(BigInteger.valueOf(ratios[i])).divideAndRemainder(ratioSum);
            parts[i] = division[0].longValueExact();
            remainders[i] = division[1];
            allocated += parts[i]; // never exceeds the total, so no overflow
        }
        long leftover = total.minorUnits() - allocated; // < number of parts
        int[] byLargestRemainder = IntStream.range(0, ratios.length).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders[i]).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .mapToInt(Integer::intValue)
                .toArray();
        for (int k = 0; k < leftover; k++) {
            parts[byLargestRemainder[k]]++;
        }
        return Money.listOf(parts, total.currency());
    }
}
