package cn.sz.dataexchange.settlement.penalty;

import cn.sz.dataexchange.settlement.money.BasisPoints;
import cn.sz.dataexchange.settlement.money.Money;
import cn.sz.dataexchange.settlement.money.RoundingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Art. 95: violations of Art. 68 or 69. Correction is ordered and illegal income confiscated. Two
 * fine tiers, read as independent clauses (ADR 0043): a refusal to correct is fined RMB 50,000 to
 * RMB 500,000; serious circumstances, refused correction or not, are fined up to 5 % of the previous
 * year's turnover and at most RMB 50 million, with no statutory minimum (a floor is only a proposal
 * of the {@link DiscretionPolicy}). Without either, no fine.
 */
public final class Article95Penalty {

    public static final FineRange REFUSAL_RANGE = FineRange.between(Money.ofYuan(50_000), Money.ofYuan(500_000));
    public static final BasisPoints TURNOVER_SHARE = BasisPoints.of(500);
    public static final Money ABSOLUTE_CAP = Money.ofYuan(50_000_000);

    private final DiscretionPolicy policy;

    public Article95Penalty(DiscretionPolicy policy) {
        this.policy = policy;
    }

    /** The serious tier's statutory range for a turnover: zero to min(5 % of it rounded down to the fen, RMB 50 million). */
    public static FineRange seriousRange(Money previousYearTurnover) {
        Money cap = previousYearTurnover.share(TURNOVER_SHARE, RoundingRule.DOWN).min(ABSOLUTE_CAP);
        return FineRange.between(Money.ofFen(0), cap);
    }

    public PenaltyOutcome assess(Article95Case facts) {
        List<String> reasoning = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<StatutoryReading> readings = new ArrayList<>(List.of(StatutoryReading.ILLEGAL_INCOME_NET_OF_REFUNDS));
        reasoning.add("violation of Art. " + articles(facts) + ": correction ordered, illegal income of "
                + facts.illegalIncome().toDisplayString() + " confiscated");
        boolean standsAlone = !facts.overridden().contains(StatutoryReading.ART95_SERIOUS_TIER_STANDS_ALONE);
        if (facts.seriousCircumstances() && (standsAlone || facts.refusedCorrection())) {
            return serious(facts, reasoning, notes, readings);
        }
        if (facts.seriousCircumstances()) {
            notes.add("the deciding official set aside " + StatutoryReading.ART95_SERIOUS_TIER_STANDS_ALONE.code()
                    + ": the serious tier applies only to those who refuse correction, and correction was not refused");
        }
        if (!facts.refusedCorrection()) {
            readings.add(StatutoryReading.ART95_NO_FINE_WITHOUT_REFUSAL_OR_SERIOUSNESS);
            reasoning.add("correction not refused and circumstances not serious: Art. 95 imposes no fine");
            return assessed(facts, Optional.empty(), Money.ofFen(0), reasoning, notes, readings);
        }
        readings.add(StatutoryReading.ART95_REFUSAL_TIER);
        reasoning.add("refused correction: fine of " + REFUSAL_RANGE);
        ProposedFine fine = policy.propose(REFUSAL_RANGE, facts.factors());
        reasoning.addAll(fine.reasoning());
        return assessed(facts, Optional.of(REFUSAL_RANGE), fine.amount(), reasoning, notes, readings);
    }

    private PenaltyOutcome serious(Article95Case facts, List<String> reasoning, List<String> notes,
            List<StatutoryReading> readings) {
        if (facts.previousYearTurnover().isEmpty()) {
            return new PenaltyOutcome.FactsMissing("previous year's turnover (the serious tier is capped at 5 % of it)");
        }
        if (!facts.overridden().contains(StatutoryReading.ART95_SERIOUS_TIER_STANDS_ALONE)) {
            readings.add(StatutoryReading.ART95_SERIOUS_TIER_STANDS_ALONE);
        }
        Money turnover = facts.previousYearTurnover().get();
        FineRange range = seriousRange(turnover);
        if (facts.overridden().contains(StatutoryReading.ART95_SERIOUS_TIER_NO_MINIMUM)) {
            range = FineRange.between(REFUSAL_RANGE.minimum().min(range.maximum()), range.maximum());
            notes.add("the deciding official set aside " + StatutoryReading.ART95_SERIOUS_TIER_NO_MINIMUM.code()
                    + ": the serious tier is read with the refusal tier's minimum (capped by 5 % of turnover)");
        } else {
            readings.add(StatutoryReading.ART95_SERIOUS_TIER_NO_MINIMUM);
        }
        reasoning.add("serious circumstances" + (facts.refusedCorrection() ? " (correction also refused)" : "")
                + ": up to 5 % of the previous year's turnover of " + turnover.toDisplayString()
                + ", at most RMB 50 million: fine of " + range);
        if (facts.refusedCorrection()) {
            notes.add("correction was refused as well; the serious tier applies in place of the RMB 50,000 to"
                    + " RMB 500,000 refusal range");
        }
        if (range.maximum().isLessThan(REFUSAL_RANGE.maximum())) {
            notes.add("5 % of turnover (" + range.maximum().toDisplayString() + ") is below the RMB 500,000 ceiling of"
                    + " the refusal tier; review which clause serves the case");
        }
        ProposedFine fine = policy.proposeInSeriousTier(range, facts.factors());
        reasoning.addAll(fine.reasoning());
        return assessed(facts, Optional.of(range), fine.amount(), reasoning, notes, readings);
    }

    private static PenaltyOutcome assessed(Article95Case facts, Optional<FineRange> range, Money fine,
            List<String> reasoning, List<String> notes, List<StatutoryReading> readings) {
        notes.add("other administrative penalties under laws and administrative regulations are not assessed here");
        return new PenaltyOutcome.Assessed(new PenaltyAssessment(LegalBasis.ARTICLE_95, LegalBasis.ARTICLE_95.text(), true,
                facts.illegalIncome(), range, fine, reasoning, notes, readings, List.copyOf(facts.overridden())));
    }

    private static String articles(Article95Case facts) {
        return facts.violatedArticles().stream().sorted().map(String::valueOf).reduce((a, b) -> a + " and " + b).orElseThrow();
    }
}
