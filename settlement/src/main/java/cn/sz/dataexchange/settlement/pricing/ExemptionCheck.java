package cn.sz.dataexchange.settlement.pricing;

import java.time.Duration;
import java.util.Optional;

/** Tests a price comparison against the exemptions of Art. 69, items 1 to 3, in that order. */
final class ExemptionCheck {

    private final DifferentialPricingPolicy policy;

    ExemptionCheck(DifferentialPricingPolicy policy) {
        this.policy = policy;
    }

    Optional<ExemptedComparison> exemptionFor(PriceComparison comparison) {
        return differentNeeds(comparison).or(() -> newUserPromotion(comparison)).or(() -> fairRandomTrade(comparison));
    }

    private Optional<ExemptedComparison> differentNeeds(PriceComparison comparison) {
        Optional<String> cheaper = needs(comparison.cheaper());
        Optional<String> dearer = needs(comparison.dearer());
        if ((cheaper.isPresent() || dearer.isPresent()) && !cheaper.equals(dearer)) {
            return Optional.of(new ExemptedComparison(comparison, Art69Exemption.DIFFERENT_ACTUAL_NEEDS,
                    "declared needs differ: " + cheaper.orElse("none") + " vs " + dearer.orElse("none")));
        }
        return Optional.empty();
    }

    private Optional<ExemptedComparison> newUserPromotion(PriceComparison comparison) {
        if (comparison.cheaper().claim().orElse(null) instanceof ExemptionClaim.NewUserPromotion promotion) {
            Duration sinceJoining = Duration.between(promotion.userSince(), comparison.cheaper().tradedAt());
            if (!sinceJoining.isNegative() && sinceJoining.compareTo(policy.reasonablePromotionPeriod()) <= 0) {
                return Optional.of(new ExemptedComparison(comparison, Art69Exemption.NEW_USER_PROMOTION,
                        "new-user promotion " + sinceJoining.toDays() + " days after joining, within "
                                + policy.reasonablePromotionPeriod().toDays()));
            }
        }
        return Optional.empty();
    }

    private Optional<ExemptedComparison> fairRandomTrade(PriceComparison comparison) {
        if (comparison.cheaper().claim().orElse(null) instanceof ExemptionClaim.RandomAllocation random
                && policy.publishedFairRules().contains(random.ruleId())) {
            return Optional.of(new ExemptedComparison(comparison, Art69Exemption.RANDOM_TRADE_UNDER_FAIR_RULES,
                    "random trade under published rule " + random.ruleId()));
        }
        return Optional.empty();
    }

    /** Claims on the comparison's trades that no exemption accepted, e.g. a promotion past the reasonable period. */
    java.util.List<String> unacceptedClaims(PriceComparison comparison) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        for (PricedTrade trade : java.util.List.of(comparison.cheaper(), comparison.dearer())) {
            trade.claim().ifPresent(claim -> notes.add(trade.tradeId() + " claimed " + describe(claim) + ", not accepted"));
        }
        return notes;
    }

    private static String describe(ExemptionClaim claim) {
        if (claim instanceof ExemptionClaim.NewUserPromotion promotion) {
            return "a new-user promotion (user since " + promotion.userSince() + ")";
        }
        if (claim instanceof ExemptionClaim.RandomAllocation random) {
            return "a random trade under rule " + random.ruleId();
        }
        return "declared needs \"" + ((ExemptionClaim.DeclaredNeeds) claim).needs() + "\"";
    }

    private static Optional<String> needs(PricedTrade trade) {
        return trade.claim().filter(ExemptionClaim.DeclaredNeeds.class::isInstance)
                .map(claim -> ((ExemptionClaim.DeclaredNeeds) claim).needs().strip());
    }
}
