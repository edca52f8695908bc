package cn.sz.dataexchange.settlement.pricing;

import cn.sz.dataexchange.settlement.money.Money;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A suspected violation of Art. 69 for one seller and product: the unexempted price comparisons as
 * evidence, the counterparties who paid more, and the price range. Whether the difference came from
 * "data analysis" is for the investigation to establish; this finding shows the pattern.
 */
public record DifferentialPricingFinding(String sellerId, String productId, List<PriceComparison> comparisons,
        Set<String> disadvantagedCounterparties, Money lowestPrice, Money highestPrice, long largestSpreadBps) {

    public static final String LEGAL_BASIS = "Art. 69 (differential treatment of counterparties with the same trading"
            + " conditions); penalty under Art. 95";

    static DifferentialPricingFinding of(String sellerId, String productId, List<PriceComparison> comparisons) {
        Set<String> disadvantaged = new TreeSet<>();
        Money lowest = comparisons.get(0).cheaper().price();
        Money highest = comparisons.get(0).dearer().price();
        long largest = 0;
        for (PriceComparison comparison : comparisons) {
            disadvantaged.add(comparison.dearer().counterpartyId());
            lowest = lowest.min(comparison.cheaper().price());
            highest = highest.max(comparison.dearer().price());
            largest = Math.max(largest, comparison.spreadBps());
        }
        return new DifferentialPricingFinding(sellerId, productId, List.copyOf(comparisons), Set.copyOf(disadvantaged),
                lowest, highest, largest);
    }

    /** The ids of every trade the finding rests on, sorted. */
    public List<String> evidenceTradeIds() {
        Set<String> ids = new TreeSet<>();
        comparisons.forEach(comparison -> {
            ids.add(comparison.cheaper().tradeId());
            ids.add(comparison.dearer().tradeId());
        });
        return List.copyOf(ids);
    }
}
