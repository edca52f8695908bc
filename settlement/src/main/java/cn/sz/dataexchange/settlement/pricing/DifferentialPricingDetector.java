package cn.sz.dataexchange.settlement.pricing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 69 as a pure function over trades. For each seller and product it compares every pair of
 * trades to different counterparties made within the comparison window; a pair whose trading
 * conditions show no substantial difference and whose prices differ beyond the tolerance is evidence
 * of differential treatment unless an exemption covers it. Pairs are compared in time order with a
 * sliding window: O(n * trades in a window) per product.
 */
public final class DifferentialPricingDetector {

    private final DifferentialPricingPolicy policy;
    private final ExemptionCheck exemptions;

    public DifferentialPricingDetector(DifferentialPricingPolicy policy) {
        this.policy = policy;
        this.exemptions = new ExemptionCheck(policy);
    }

    public DifferentialPricingReport detect(List<PricedTrade> trades) {
        Map<List<String>, List<PricedTrade>> byProduct = new LinkedHashMap<>();
        trades.stream()
                .sorted(Comparator.comparing(PricedTrade::tradedAt).thenComparing(PricedTrade::tradeId))
                .forEach(trade -> byProduct.computeIfAbsent(List.of(trade.sellerId(), trade.productId()),
                        key -> new ArrayList<>()).add(trade));
        List<DifferentialPricingFinding> findings = new ArrayList<>();
        List<ExemptedComparison> exempted = new ArrayList<>();
        long compared = 0;
        for (Map.Entry<List<String>, List<PricedTrade>> product : byProduct.entrySet()) {
            List<PriceComparison> evidence = new ArrayList<>();
            compared += compareWithinWindow(product.getValue(), evidence, exempted);
            if (!evidence.isEmpty()) {
                findings.add(DifferentialPricingFinding.of(product.getKey().get(0), product.getKey().get(1), evidence));
            }
        }
        return new DifferentialPricingReport(findings, exempted, compared);
    }

    private long compareWithinWindow(List<PricedTrade> inTimeOrder, List<PriceComparison> evidence,
            List<ExemptedComparison> exempted) {
        long compared = 0;
        for (int i = 0; i < inTimeOrder.size(); i++) {
            PricedTrade earlier = inTimeOrder.get(i);
            for (int j = i + 1; j < inTimeOrder.size(); j++) {
                PricedTrade later = inTimeOrder.get(j);
                if (Duration.between(earlier.tradedAt(), later.tradedAt()).compareTo(policy.comparisonWindow()) > 0) {
                    break;
                }
                if (earlier.counterpartyId().equals(later.counterpartyId())) {
                    continue;
                }
                compared++;
                differentialTreatment(earlier, later).ifPresent(comparison -> exemptions.exemptionFor(comparison)
                        .ifPresentOrElse(exempted::add,
                                () -> evidence.add(comparison.withNotes(exemptions.unacceptedClaims(comparison)))));
            }
        }
        return compared;
    }

    private Optional<PriceComparison> differentialTreatment(PricedTrade a, PricedTrade b) {
        if (!policy.conditions().substantialDifferences(a.conditions(), b.conditions()).isEmpty()) {
            return Optional.empty();
        }
        PriceComparison comparison = PriceComparison.of(a, b);
        return ConditionThresholds.beyond(a.price().fen(), b.price().fen(), policy.priceToleranceBps())
                ? Optional.of(comparison)
                : Optional.empty();
    }
}
