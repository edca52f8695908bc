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
    void serious_circumstances_are_capped_at_five_percent_of_last_years_turnover_from_zero() {
        PenaltyAssessment assessment = assessed(new Article95Case(Set.of(68, 69), Money.ofYuan(1_000_000), true, true,
                Optional.of(Money.ofYuan(200_000_000)), new DiscretionFactors(true, 0, false, false)));

        assertThat(assessment.statutoryFineRange())
                .contains(FineRange.between(Money.ofFen(0), Money.ofYuan(10_000_000)));
        assertThat(assessment.proposedFine()).isEqualTo(Money.ofYuan(5_500_000)); // 55 % of 10,000,000
        assertThat(assessment.reviewNotes()).anyMatch(note -> note.contains("in place of the RMB 50,000 to RMB 500,000"));
    }

    @Test
    void serious_circumstances_are_fined_without_a_refused_correction() {
        PenaltyAssessment assessment = assessed(new Article95Case(Set.of(69), Money.ofYuan(3_000), false, true,
                Optional.of(Money.ofYuan(40_000_000)), DiscretionFactors.none()));

        assertThat(assessment.statutoryFineRange())
                .contains(FineRange.between(Money.ofFen(0), Money.ofYuan(2_000_000)));
        assertThat(assessment.proposedFine()).isEqualTo(Money.ofYuan(500_000)); // 25 % of 2,000,000
        assertThat(assessment.readings()).contains(StatutoryReading.ART95_SERIOUS_TIER_STANDS_ALONE,
                StatutoryReading.ART95_SERIOUS_TIER_NO_MINIMUM, StatutoryReading.ILLEGAL_INCOME_NET_OF_REFUNDS);
    }

    @Test
    void serious_circumstances_never_exceed_fifty_million_yuan() {
        PenaltyAssessment assessment = assessed(new Article95Case(Set.of(69), Money.ofYuan(1), true, true,
                Optional.of(Money.ofYuan(5_000_000_000L)), new DiscretionFactors(true, 1_000_000, true, false)));

        assertThat(assessment.statutoryFineRange().orElseThrow().maximum()).isEqualTo(Money.ofYuan(50_000_000));
        assertThat(assessment.proposedFine()).isEqualTo(Money.ofYuan(50_000_000));
    }

    @Test
    void the_serious_tier_has_no_statutory_minimum_and_the_policy_floor_is_only_a_proposal_with_its_reason() {
        Article95Case facts = new Article95Case(Set.of(69), Money.ofYuan(1), false, true,
                Optional.of(Money.ofYuan(2_000_000)), DiscretionFactors.none());

        PenaltyAssessment floored = assessed(facts);
        PenaltyAssessment unfloored = assessed(new Article95Penalty(DiscretionPolicy.standard()
                .withSeriousTierFloor(Optional.empty())).assess(facts));

        assertThat(floored.statutoryFineRange()).contains(FineRange.between(Money.ofFen(0), Money.ofYuan(100_000)));
        assertThat(unfloored.statutoryFineRange()).isEqualTo(floored.statutoryFineRange());
        assertThat(unfloored.proposedFine()).isEqualTo(Money.ofYuan(25_000)); // 25 % of 100,000
        assertThat(floored.proposedFine()).isEqualTo(Money.ofYuan(50_000));
        assertThat(floored.reasoning()).anyMatch(line -> line.contains("policy floor") && line.contains("no minimum"));
    }

    @Test
    void a_small_turnover_caps_the_policy_floor_at_the_statutory_maximum_and_asks_for_review() {
        PenaltyAssessment assessment = assessed(new Article95Case(Set.of(69), Money.ofYuan(1), true, true,
                Optional.of(Money.parse("600,000.30")), DiscretionFactors.none()));

        assertThat(assessment.statutoryFineRange())
                .contains(FineRange.between(Money.ofFen(0), Money.parse("30000.01")));
        assertThat(assessment.proposedFine()).isEqualTo(Money.parse("30000.01"));
        assertThat(assessment.reviewNotes()).anyMatch(note -> note.contains("below the RMB 500,000 ceiling"));
    }

    @Test
    void a_serious_case_without_the_turnover_asks_for_it_refused_or_not() {
        for (boolean refused : new boolean[] {true, false}) {
            PenaltyOutcome outcome = article95.assess(new Article95Case(Set.of(69), Money.ofYuan(1), refused, true,
                    Optional.empty(), DiscretionFactors.none()));

            assertThat(outcome).isInstanceOfSatisfying(PenaltyOutcome.FactsMissing.class,
                    missing -> assertThat(missing.missing()).contains("turnover"));
        }
    }

    @Test
    void the_serious_tier_readings_can_be_set_aside_and_the_assessment_says_so() {
        Article95Case notRefused = new Article95Case(Set.of(69), Money.ofYuan(3_000), false, true,
                Optional.of(Money.ofYuan(40_000_000)), DiscretionFactors.none(),
                Set.of(StatutoryReading.ART95_SERIOUS_TIER_STANDS_ALONE));
        Article95Case withMinimum = new Article95Case(Set.of(69), Money.ofYuan(3_000), true, true,
                Optional.of(Money.ofYuan(40_000_000)), DiscretionFactors.none(),
                Set.of(StatutoryReading.ART95_SERIOUS_TIER_NO_MINIMUM));

        PenaltyAssessment unfined = assessed(notRefused);
        PenaltyAssessment floored = assessed(withMinimum);

        assertThat(unfined.statutoryFineRange()).isEmpty();
        assertThat(unfined.overridden()).containsExactly(StatutoryReading.ART95_SERIOUS_TIER_STANDS_ALONE);
        assertThat(floored.statutoryFineRange())
                .contains(FineRange.between(Money.ofYuan(50_000), Money.ofYuan(2_000_000)));
        assertThat(floored.readings()).doesNotContain(StatutoryReading.ART95_SERIOUS_TIER_NO_MINIMUM);
    }

    @Test
    void every_assessment_records_the_readings_it_applied() {
        PenaltyAssessment none = assessed(new Article95Case(Set.of(69), Money.ofYuan(3_000), false, false,
                Optional.empty(), DiscretionFactors.none()));
        PenaltyAssessment refused = assessed(new Article95Case(Set.of(69), Money.ofYuan(3_000), true, false,
                Optional.empty(), DiscretionFactors.none()));

        assertThat(none.readings()).containsExactly(StatutoryReading.ILLEGAL_INCOME_NET_OF_REFUNDS,
                StatutoryReading.ART95_NO_FINE_WITHOUT_REFUSAL_OR_SERIOUSNESS);
        assertThat(refused.readings()).containsExactly(StatutoryReading.ILLEGAL_INCOME_NET_OF_REFUNDS,
                StatutoryReading.ART95_REFUSAL_TIER);
    }

    private PenaltyAssessment assessed(Article95Case facts) {
        return assessed(article95.assess(facts));
    }

    private static PenaltyAssessment assessed(PenaltyOutcome outcome) {
        assertThat(outcome).isInstanceOf(PenaltyOutcome.Assessed.class);
        return ((PenaltyOutcome.Assessed) outcome).assessment();
    }
}
