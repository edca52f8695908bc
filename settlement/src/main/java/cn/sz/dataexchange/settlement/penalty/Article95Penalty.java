package cn.sz.dataexchange.settlement.penalty;

import cn.sz.dataexchange.settlement.money.BasisPoints;
import cn.sz.dataexchange.settlement.money.Money;
import cn.sz.dataexchange.settlement.money.RoundingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Art. 95: violations of Art. 68 or 69. Correction is ordered and illegal income confiscated. A fine
 * follows only a refusal to correct: RMB 50,000 to RMB 500,000; where the circumstances are serious,
 * up to 5 % of the previous year's turnover and at most RMB 50 million (ADR 0043 on how the two
 * clauses are read).
 */
public final class Article95Penalty {

    public static final FineRange REFUSAL_RANGE = FineRange.between(Money.ofYuan(50_000), Money.ofYuan(500_000));
    public static final BasisPoints TURNOVER_SHARE = BasisPoints.of(500);
    public static final Money ABSOLUTE_CAP = Money.ofYuan(50_000_000);

    private final DiscretionPolicy policy;

    public Article95Penalty(DiscretionPolicy policy) {
        this.policy = policy;
    }

    public PenaltyOutcome assess(Article95Case facts) {
        List<String> reasoning = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        reasoning.add("violation of Art. " + articles(facts) + ": correction ordered, illegal income of "
                + facts.illegalIncome().toDisplayString() + " confiscated");
        if (!facts.refusedCorrection()) {
            reasoning.add("correction not refused: Art. 95 imposes no fine");
            if (facts.seriousCircumstances()) {
                notes.add("circumstances recorded as serious, but the serious-circumstances fine applies only to those"
                        + " who refuse correction (ADR 0043); review if the offender later refuses");
            }
            return assessed(facts, Optional.empty(), Money.ofFen(0), reasoning, notes);
        }
        FineRange range = REFUSAL_RANGE;
        if (facts.seriousCircumstances()) {
            if (facts.previousYearTurnover().isEmpty()) {
                return new PenaltyOutcome.FactsMissing("previous year's turnover (serious circumstances are capped at 5 % of it)");
            }
            Money turnover = facts.previousYearTurnover().get();
            Money cap = turnover.share(TURNOVER_SHARE, RoundingRule.DOWN).min(ABSOLUTE_CAP);
            range = FineRange.between(REFUSAL_RANGE.minimum().min(cap), cap);
            reasoning.add("refused correction in serious circumstances: up to 5 % of turnover "
                    + turnover.toDisplayString() + ", at most RMB 50 million: fine of " + range);
            if (cap.isLessThan(REFUSAL_RANGE.maximum())) {
                notes.add("5 % of turnover (" + cap.toDisplayString() + ") is below the ordinary ceiling of RMB 500,000;"
                        + " the proposal stays under the serious-circumstances cap; review which clause to apply");
            }
        } else {
            reasoning.add("refused correction: fine of " + range);
        }
        ProposedFine fine = policy.propose(range, facts.factors());
        reasoning.addAll(fine.reasoning());
        return assessed(facts, Optional.of(range), fine.amount(), reasoning, notes);
    }

    private static PenaltyOutcome assessed(Article95Case facts, Optional<FineRange> range, Money fine,
            List<String> reasoning, List<String> notes) {
        notes.add("other administrative penalties under laws and administrative regulations are not assessed here");
        return new PenaltyOutcome.Assessed(new PenaltyAssessment(LegalBasis.ARTICLE_95, LegalBasis.ARTICLE_95.text(), true,
                facts.illegalIncome(), range, fine, reasoning, notes));
    }

    private static String articles(Article95Case facts) {
        return facts.violatedArticles().stream().sorted().map(String::valueOf).reduce((a, b) -> a + " and " + b).orElseThrow();
    }
}
