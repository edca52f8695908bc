package cn.sz.dataexchange.settlement.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.settlement.money.Money;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class DiscretionPolicyPropertyTest {

    @Property
    void a_proposed_fine_is_always_within_its_range_and_in_whole_yuan_unless_the_range_is_fixed(
            @ForAll @LongRange(min = 0, max = 5_000_000_000L) long minimumFen,
            @ForAll @LongRange(min = 0, max = 5_000_000_000L) long spanFen,
            @ForAll boolean repeat, @ForAll @LongRange(min = 0, max = 1_000_000) long subjects,
            @ForAll boolean sensitive, @ForAll boolean cooperated) {
        long minimum = minimumFen - minimumFen % 100;
        FineRange range = FineRange.between(Money.ofFen(minimum), Money.ofFen(minimum + spanFen));

        ProposedFine fine = DiscretionPolicy.standard().propose(range, new DiscretionFactors(repeat, subjects, sensitive, cooperated));

        assertThat(range.contains(fine.amount())).isTrue();
        if (!range.isFixed()) {
            assertThat(fine.amount().fen() % 100).isZero();
        }
    }

    @Property
    void aggravating_factors_never_lower_the_fine(@ForAll @LongRange(min = 0, max = 1_000_000) long subjects,
            @ForAll boolean cooperated) {
        FineRange range = Article94Penalty.UPPER_BRACKET;
        Money plain = DiscretionPolicy.standard().propose(range, new DiscretionFactors(false, subjects, false, cooperated)).amount();
        Money aggravated = DiscretionPolicy.standard().propose(range, new DiscretionFactors(true, subjects, true, cooperated)).amount();

        assertThat(aggravated.isLessThan(plain)).isFalse();
    }
}
