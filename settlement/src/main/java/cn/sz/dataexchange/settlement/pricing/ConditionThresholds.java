package cn.sz.dataexchange.settlement.pricing;

import cn.sz.dataexchange.settlement.money.Money;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When two counterparties' trading conditions show "no substantial difference" (Art. 69, second
 * paragraph): security levels at most {@code maxSecurityLevelSteps} apart, trading costs within
 * {@code costToleranceBps} of the larger, credit statuses at most {@code maxCreditSteps} apart, the
 * same trade link, durations within {@code durationToleranceBps} of the longer.
 */
public record ConditionThresholds(int maxSecurityLevelSteps, int costToleranceBps, int maxCreditSteps,
        int durationToleranceBps) {

    /** Same security level and credit status, costs and durations within 10 % of each other. */
    public static ConditionThresholds standard() {
        return new ConditionThresholds(0, 1_000, 0, 1_000);
    }

    /** The substantial differences between two sets of conditions; empty means "the same trading conditions". */
    public List<String> substantialDifferences(TradingConditions a, TradingConditions b) {
        List<String> differences = new ArrayList<>();
        if (Math.abs(a.securityLevel() - b.securityLevel()) > maxSecurityLevelSteps) {
            differences.add("trading security " + a.securityLevel() + " vs " + b.securityLevel());
        }
        if (beyond(a.tradingCost(), b.tradingCost(), costToleranceBps)) {
            differences.add("trading costs " + a.tradingCost().toPlainString() + " vs " + b.tradingCost().toPlainString());
        }
        if (a.creditStatus().stepsTo(b.creditStatus()) > maxCreditSteps) {
            differences.add("credit status " + a.creditStatus() + " vs " + b.creditStatus());
        }
        if (!a.tradeLink().equals(b.tradeLink())) {
            differences.add("trade link " + a.tradeLink() + " vs " + b.tradeLink());
        }
        if (beyond(a.tradingDuration().toSeconds(), b.tradingDuration().toSeconds(), durationToleranceBps)) {
            differences.add("trading duration " + a.tradingDuration() + " vs " + b.tradingDuration());
        }
        return differences;
    }

    private static boolean beyond(Money a, Money b, int toleranceBps) {
        return beyond(a.fen(), b.fen(), toleranceBps);
    }

    /** Whether |a - b| is more than toleranceBps of max(a, b), in exact integer arithmetic. */
    static boolean beyond(long a, long b, int toleranceBps) {
        long larger = Math.max(a, b);
        long difference = Math.abs(a - b);
        return java.math.BigInteger.valueOf(difference).multiply(java.math.BigInteger.valueOf(10_000))
                .compareTo(java.math.BigInteger.valueOf(larger).multiply(java.math.BigInteger.valueOf(toleranceBps))) > 0;
    }
}
