package cn.sz.dataexchange.settlement.penalty;

import cn.sz.dataexchange.settlement.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Art. 94: trading data in violation of Art. 67. Correction is ordered and the illegal income
 * confiscated; income below RMB 10,000 is fined exactly RMB 50,000; income of RMB 10,000 or more is
 * fined RMB 200,000 to RMB 1,000,000. The English text says "more than RMB 10,000"; income of exactly
 * RMB 10,000 is put in the upper bracket (不足 excludes, 以上 includes; ADR 0043). The income is the
 * net illegal income (refunds to the victims deducted, Administrative Penalty Law Art. 28).
 */
public final class Article94Penalty {

    /** RMB 10,000: the income threshold between the two brackets. */
    public static final Money INCOME_THRESHOLD = Money.ofYuan(10_000);
    public static final FineRange LOWER_BRACKET = FineRange.fixed(Money.ofYuan(50_000));
    public static final FineRange UPPER_BRACKET = FineRange.between(Money.ofYuan(200_000), Money.ofYuan(1_000_000));

    private final DiscretionPolicy policy;

    public Article94Penalty(DiscretionPolicy policy) {
        this.policy = policy;
    }

    public PenaltyAssessment assess(Article94Case facts) {
        List<String> reasoning = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Money income = facts.illegalIncome();
        reasoning.add("trading in violation of Art. 67: correction ordered, illegal income of "
                + income.toDisplayString() + " confiscated");
        boolean thresholdUp = !facts.overridden().contains(StatutoryReading.ART94_THRESHOLD_IN_UPPER_BRACKET);
        List<StatutoryReading> readings = new ArrayList<>(List.of(StatutoryReading.ILLEGAL_INCOME_NET_OF_REFUNDS));
        if (thresholdUp) {
            readings.add(StatutoryReading.ART94_THRESHOLD_IN_UPPER_BRACKET);
        } else {
            notes.add("the deciding official set aside " + StatutoryReading.ART94_THRESHOLD_IN_UPPER_BRACKET.code()
                    + ": income of exactly RMB 10,000 is not \"more than RMB 10,000\" and takes the lower bracket");
        }
        FineRange range;
        if (income.isLessThan(INCOME_THRESHOLD) || (!thresholdUp && income.equals(INCOME_THRESHOLD))) {
            range = LOWER_BRACKET;
            readings.add(StatutoryReading.ART94_LOWER_BRACKET_FIXED);
            reasoning.add("illegal income below RMB 10,000: the fine is fixed at " + range);
        } else {
            range = UPPER_BRACKET;
            reasoning.add("illegal income of RMB 10,000 or more: fine of " + range);
            if (income.equals(INCOME_THRESHOLD)) {
                notes.add("income is exactly RMB 10,000, on which the English text is silent; placed in the upper"
                        + " bracket following the Chinese drafting convention that the threshold belongs to the upper"
                        + " bracket (ADR 0043); confirm against the official Chinese text");
            }
        }
        ProposedFine fine = policy.propose(range, facts.factors());
        reasoning.addAll(fine.reasoning());
        notes.add("other administrative penalties under laws and administrative regulations are not assessed here");
        return new PenaltyAssessment(LegalBasis.ARTICLE_94, LegalBasis.ARTICLE_94.text(), true, income,
                Optional.of(range), fine.amount(), reasoning, notes, readings, List.copyOf(facts.overridden()));
    }
}
