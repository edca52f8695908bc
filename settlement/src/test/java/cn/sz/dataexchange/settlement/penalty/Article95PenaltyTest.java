package cn.sz.dataexchange.settlement.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.settlement.money.Money;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Article95PenaltyTest {

    final Article95Penalty article95 = new Article95Penalty(DiscretionPolicy.standard());

    @Test
    void without_a_refusal_to_correct_only_the_illegal_income_is_confiscated() {
        PenaltyAssessment assessment = assessed(new Article95Case(Set.of(69), Money.ofYuan(3_000), false, false,
                Optional.empty(), DiscretionFactors.none()));

        assertThat(assessment.confiscation()).isEqualTo(Money.ofYuan(3_000));
        assertThat(assessment.statutoryFineRange()).isEmpty();
        assertThat(assessment.proposedFine().isZero()).isTrue();
        assertThat(assessment.legalBasisText()).startsWith("Article 95");
    }

    @Test
    void a_refusal_to_correct_is_fined_between_fifty_and_five_hundred_thousand() {
        PenaltyAssessment assessment = assessed(new Article95Case(Set.of(68), Money.ofYuan(3_000), true, false,
                Optional.empty(), DiscretionFactors.none()));

        assertThat(assessment.statutoryFineRange()).contains(Article95Penalty.REFUSAL_RANGE);
        assertThat(assessment.proposedFine()).isEqualTo(Money.ofYuan(162_500));
    }

    @Test
    void serious_circumstances_are_capped_at_five_percent_of_last_years_turnover() {
        PenaltyAssessment assessment = assessed(new Article95Case(Set.of(68, 69), Money.ofYuan(1_000_000), true, true,
                Optional.of(Money.ofYuan(200_000_000)), new DiscretionFactors(true, 0, false, false)));

        assertThat(assessment.statutoryFineRange())
                .contains(FineRange.between(Money.ofYuan(50_000), Money.ofYuan(10_000_000)));
        assertThat(assessment.proposedFine()).isEqualTo(Money.ofYuan(5_522_500)); // 50,000 + 55 % of 9,950,000
    }

    @Test
    void serious_circumstances_never_exceed_fifty_million_yuan() {
        PenaltyAssessment assessment = assessed(new Article95Case(Set.of(69), Money.ofYuan(1), true, true,
                Optional.of(Money.ofYuan(5_000_000_000L)), new DiscretionFactors(true, 1_000_000, true, false)));

        assertThat(assessment.statutoryFineRange().orElseThrow().maximum()).isEqualTo(Money.ofYuan(50_000_000));
        assertThat(assessment.proposedFine()).isEqualTo(Money.ofYuan(50_000_000));
    }

    @Test
    void a_small_turnover_lowers_the_serious_cap_and_asks_for_review() {
        PenaltyAssessment assessment = assessed(new Article95Case(Set.of(69), Money.ofYuan(1), true, true,
                Optional.of(Money.parse("600,000.30")), DiscretionFactors.none()));

        assertThat(assessment.statutoryFineRange()).contains(FineRange.fixed(Money.parse("30000.01")));
        assertThat(assessment.proposedFine()).isEqualTo(Money.parse("30000.01"));
        assertThat(assessment.reviewNotes()).anyMatch(note -> note.contains("below the ordinary ceiling"));
    }

    @Test
    void a_serious_case_without_the_turnover_asks_for_it() {
        PenaltyOutcome outcome = article95.assess(new Article95Case(Set.of(69), Money.ofYuan(1), true, true,
                Optional.empty(), DiscretionFactors.none()));

        assertThat(outcome).isInstanceOfSatisfying(PenaltyOutcome.FactsMissing.class,
                missing -> assertThat(missing.missing()).contains("turnover"));
    }

    private PenaltyAssessment assessed(Article95Case facts) {
        PenaltyOutcome outcome = article95.assess(facts);
        assertThat(outcome).isInstanceOf(PenaltyOutcome.Assessed.class);
        return ((PenaltyOutcome.Assessed) outcome).assessment();
    }
}
