package cn.sz.dataexchange.settlement.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.settlement.money.Money;
import org.junit.jupiter.api.Test;

class Article94PenaltyTest {

    final Article94Penalty article94 = new Article94Penalty(DiscretionPolicy.standard());

    @Test
    void income_below_ten_thousand_yuan_is_fined_exactly_fifty_thousand_and_confiscated() {
        PenaltyAssessment assessment = article94.assess(new Article94Case(Money.parse("9,999.99"), DiscretionFactors.none()));

        assertThat(assessment.basis()).isEqualTo(LegalBasis.ARTICLE_94);
        assertThat(assessment.legalBasisText()).startsWith("Article 94").contains("RMB50,000");
        assertThat(assessment.correctionOrdered()).isTrue();
        assertThat(assessment.confiscation()).isEqualTo(Money.parse("9999.99"));
        assertThat(assessment.statutoryFineRange()).contains(FineRange.fixed(Money.ofYuan(50_000)));
        assertThat(assessment.proposedFine()).isEqualTo(Money.ofYuan(50_000));
    }

    @Test
    void aggravating_factors_do_not_move_a_fixed_fine() {
        var factors = new DiscretionFactors(true, 1_000_000, true, false);

        assertThat(article94.assess(new Article94Case(Money.ofFen(0), factors)).proposedFine()).isEqualTo(Money.ofYuan(50_000));
    }

    @Test
    void income_above_ten_thousand_yuan_is_fined_between_two_hundred_thousand_and_one_million() {
        PenaltyAssessment assessment = article94.assess(new Article94Case(Money.parse("10,000.01"), DiscretionFactors.none()));

        assertThat(assessment.statutoryFineRange()).contains(Article94Penalty.UPPER_BRACKET);
        assertThat(assessment.proposedFine()).isEqualTo(Money.ofYuan(400_000)); // a quarter of the way
        assertThat(assessment.reasoning()).anyMatch(line -> line.contains("start at 25 %"));
    }

    @Test
    void income_of_exactly_ten_thousand_yuan_falls_in_the_upper_bracket_and_is_flagged_for_review() {
        PenaltyAssessment assessment = article94.assess(new Article94Case(Money.ofYuan(10_000), DiscretionFactors.none()));

        assertThat(assessment.statutoryFineRange()).contains(Article94Penalty.UPPER_BRACKET);
        assertThat(assessment.reviewNotes()).anyMatch(note -> note.contains("exactly RMB 10,000"));
        assertThat(assessment.readings()).contains(StatutoryReading.ART94_THRESHOLD_IN_UPPER_BRACKET,
                StatutoryReading.ILLEGAL_INCOME_NET_OF_REFUNDS);
    }

    @Test
    void the_deciding_official_may_set_aside_the_threshold_reading_and_it_is_recorded() {
        PenaltyAssessment assessment = article94.assess(new Article94Case(Money.ofYuan(10_000), DiscretionFactors.none(),
                java.util.Set.of(StatutoryReading.ART94_THRESHOLD_IN_UPPER_BRACKET)));

        assertThat(assessment.statutoryFineRange()).contains(Article94Penalty.LOWER_BRACKET);
        assertThat(assessment.readings()).doesNotContain(StatutoryReading.ART94_THRESHOLD_IN_UPPER_BRACKET);
        assertThat(assessment.overridden()).containsExactly(StatutoryReading.ART94_THRESHOLD_IN_UPPER_BRACKET);
        assertThat(article94.assess(new Article94Case(Money.parse("10,000.01"), DiscretionFactors.none(),
                java.util.Set.of(StatutoryReading.ART94_THRESHOLD_IN_UPPER_BRACKET))).statutoryFineRange())
                .contains(Article94Penalty.UPPER_BRACKET);
    }

    @Test
    void one_fen_below_ten_thousand_yuan_is_the_lower_bracket_and_says_so() {
        PenaltyAssessment assessment = article94.assess(new Article94Case(Money.parse("9,999.99"), DiscretionFactors.none()));

        assertThat(assessment.statutoryFineRange()).contains(Article94Penalty.LOWER_BRACKET);
        assertThat(assessment.readings()).contains(StatutoryReading.ART94_LOWER_BRACKET_FIXED);
    }

    @Test
    void a_repeat_offence_with_sensitive_data_on_many_subjects_is_fined_at_the_maximum() {
        var factors = new DiscretionFactors(true, 250_000, true, false);

        PenaltyAssessment assessment = article94.assess(new Article94Case(Money.ofYuan(80_000), factors));

        assertThat(assessment.proposedFine()).isEqualTo(Money.ofYuan(1_000_000));
        assertThat(assessment.total()).isEqualTo(Money.ofYuan(1_080_000));
    }

    @Test
    void cooperation_moves_a_first_offence_towards_the_minimum() {
        var factors = new DiscretionFactors(false, 10, false, true);

        assertThat(article94.assess(new Article94Case(Money.ofYuan(20_000), factors)).proposedFine())
                .isEqualTo(Money.ofYuan(240_000)); // 25 % - 20 % = 5 % of the way
    }
}
