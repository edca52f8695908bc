package cn.sz.dataexchange.settlement.penalty;

import cn.sz.dataexchange.settlement.money.Money;
import cn.sz.dataexchange.settlement.money.RoundingRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How a proposed fine is placed inside its statutory range (ADR 0044). It starts at
 * {@code startingPositionBps} of the way from minimum to maximum, adds the weight of each
 * aggravating factor, takes away the weight of cooperation, clamps to 0..10,000 bp, and rounds the
 * amount down to whole yuan (never below the minimum, never above the maximum). Only a proposal:
 * the deciding official may depart from it with reasons. In the Art. 95 serious tier, whose statutory
 * range starts at zero, the policy may put a {@link ProposalFloor} under its proposal, with its reason.
 */
public record DiscretionPolicy(int startingPositionBps, int repeatOffenceBps, int sensitiveDataBps,
        int cooperationBps, List<SubjectTier> subjectTiers, Optional<ProposalFloor> seriousTierFloor) {

    /** The standard Art. 95 serious-tier floor: the refusal tier's RMB 50,000, as policy. */
    public static final ProposalFloor STANDARD_SERIOUS_TIER_FLOOR = new ProposalFloor(Money.ofYuan(50_000),
            "policy: a serious case is not proposed below the RMB 50,000 fine Art. 95 sets for a mere refusal to"
                    + " correct; the law states no minimum for the serious tier, so the official may go lower");

    public DiscretionPolicy {
        subjectTiers = subjectTiers.stream().sorted(Comparator.comparingLong(SubjectTier::affectedSubjects)).toList();
        seriousTierFloor = seriousTierFloor == null ? Optional.empty() : seriousTierFloor;
    }

    /** A policy without a serious-tier floor. */
    public DiscretionPolicy(int startingPositionBps, int repeatOffenceBps, int sensitiveDataBps, int cooperationBps,
            List<SubjectTier> subjectTiers) {
        this(startingPositionBps, repeatOffenceBps, sensitiveDataBps, cooperationBps, subjectTiers, Optional.empty());
    }

    /**
     * The default: start a quarter into the range; repeat +30 %, sensitive data +20 %, cooperation -20 %;
     * in the Art. 95 serious tier, not below {@link #STANDARD_SERIOUS_TIER_FLOOR} (capped by the range).
     */
    public static DiscretionPolicy standard() {
        return new DiscretionPolicy(2_500, 3_000, 2_000, 2_000,
                List.of(new SubjectTier(1_000, 1_000), new SubjectTier(100_000, 2_500)),
                Optional.of(STANDARD_SERIOUS_TIER_FLOOR));
    }

    /** This policy with another serious-tier floor (or none). */
    public DiscretionPolicy withSeriousTierFloor(Optional<ProposalFloor> floor) {
        return new DiscretionPolicy(startingPositionBps, repeatOffenceBps, sensitiveDataBps, cooperationBps,
                subjectTiers, floor);
    }

    /**
     * A proposal in the Art. 95 serious tier: placed like {@link #propose}, then raised to the policy's
     * floor (never above the range's maximum) with the floor's reason. The statutory range is unchanged.
     */
    public ProposedFine proposeInSeriousTier(FineRange range, DiscretionFactors factors) {
        ProposedFine placed = propose(range, factors);
        if (seriousTierFloor.isEmpty()) {
            return placed;
        }
        Money floor = seriousTierFloor.get().amount().min(range.maximum());
        if (!placed.amount().isLessThan(floor)) {
            return placed;
        }
        List<String> reasoning = new ArrayList<>(placed.reasoning());
        reasoning.add("raised to the policy floor of " + floor.toDisplayString() + ": " + seriousTierFloor.get().reason());
        return new ProposedFine(floor, placed.positionBps(), reasoning);
    }

    public ProposedFine propose(FineRange range, DiscretionFactors factors) {
        if (range.isFixed()) {
            return new ProposedFine(range.minimum(), 0, List.of("the law fixes the fine at " + range));
        }
        List<String> reasoning = new ArrayList<>();
        int position = startingPositionBps;
        reasoning.add("start at " + percent(startingPositionBps) + " of the range " + range);
        if (factors.repeatOffence()) {
            position += repeatOffenceBps;
            reasoning.add("repeat offence: +" + percent(repeatOffenceBps));
        }
        if (factors.sensitivePersonalData()) {
            position += sensitiveDataBps;
            reasoning.add("sensitive personal data involved: +" + percent(sensitiveDataBps));
        }
        SubjectTier tier = null;
        for (SubjectTier candidate : subjectTiers) {
            if (factors.affectedSubjects() >= candidate.affectedSubjects()) {
                tier = candidate;
            }
        }
        if (tier != null) {
            position += tier.positionBps();
            reasoning.add(factors.affectedSubjects() + " affected subjects (at least " + tier.affectedSubjects()
                    + "): +" + percent(tier.positionBps()));
        }
        if (factors.cooperated()) {
            position -= cooperationBps;
            reasoning.add("cooperated or remedied of its own accord: -" + percent(cooperationBps));
        }
        int clamped = Math.max(0, Math.min(10_000, position));
        if (clamped != position) {
            reasoning.add("position limited to the range: " + percent(clamped));
        }
        Money amount = placeIn(range, clamped);
        reasoning.add("proposed fine " + amount.toDisplayString() + " (" + percent(clamped) + " of the range, whole yuan)");
        return new ProposedFine(amount, clamped, reasoning);
    }

    private static Money placeIn(FineRange range, int positionBps) {
        Money span = range.maximum().minus(range.minimum());
        Money raw = range.minimum().plus(span.multiplyByFraction(positionBps, 10_000, RoundingRule.DOWN));
        Money wholeYuan = raw.minus(Money.ofFen(raw.fen() % 100));
        return wholeYuan.max(range.minimum());
    }

    private static String percent(int bps) {
        return (bps / 100) + (bps % 100 == 0 ? "" : "." + String.format("%02d", bps % 100)) + " %";
    }
}
