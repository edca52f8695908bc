package cn.sz.dataexchange.settlement.pricing;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The configurable parts of the Art. 69 check (ADR 0045).
 *
 * @param conditions when two counterparties have the same trading conditions
 * @param priceToleranceBps a price spread up to this share of the higher price is not a difference
 * @param comparisonWindow only trades at most this far apart in time are compared (prices move)
 * @param reasonablePromotionPeriod how long after becoming a user a new-user promotion stays exempt
 * @param publishedFairRules ids of the random-allocation rules found fair, reasonable and non-discriminatory
 */
public record DifferentialPricingPolicy(ConditionThresholds conditions, int priceToleranceBps, Duration comparisonWindow,
        Duration reasonablePromotionPeriod, Set<String> publishedFairRules) {

    public DifferentialPricingPolicy {
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(comparisonWindow, "comparisonWindow");
        Objects.requireNonNull(reasonablePromotionPeriod, "reasonablePromotionPeriod");
        publishedFairRules = Set.copyOf(publishedFairRules);
        if (priceToleranceBps < 0 || priceToleranceBps > 10_000) {
            throw new IllegalArgumentException("priceToleranceBps must be within 0..10000");
        }
    }

    /** Standard thresholds, 5 % price tolerance, a 90-day window, 90-day promotions, no published rules. */
    public static DifferentialPricingPolicy standard() {
        return new DifferentialPricingPolicy(ConditionThresholds.standard(), 500, Duration.ofDays(90), Duration.ofDays(90),
                Set.of());
    }

    public DifferentialPricingPolicy withPublishedFairRules(Set<String> ruleIds) {
        return new DifferentialPricingPolicy(conditions, priceToleranceBps, comparisonWindow, reasonablePromotionPeriod, ruleIds);
    }
}
