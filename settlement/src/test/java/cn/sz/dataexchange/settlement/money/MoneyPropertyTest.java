package cn.sz.dataexchange.settlement.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class MoneyPropertyTest {

    @Property
    void allocated_parts_always_sum_to_the_whole(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long fen,
            @ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 1_000_000_000_000L) Long> ratios) {
        long[] weights = ratios.stream().mapToLong(Long::longValue).toArray();
        if (ratios.stream().allMatch(r -> r == 0)) {
            weights[0] = 1;
        }
        List<Money> parts = Money.ofFen(fen).allocate(weights);
        assertThat(parts).hasSize(weights.length).allMatch(part -> !part.isNegative());
        assertThat(parts.stream().reduce(Money.ofFen(0), Money::plus)).isEqualTo(Money.ofFen(fen));
    }

    @Property
    void every_allocated_part_is_within_one_fen_of_its_exact_share(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long fen,
            @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 1, max = 10_000) Long> ratios) {
        long[] weights = ratios.stream().mapToLong(Long::longValue).toArray();
        long sum = ratios.stream().mapToLong(Long::longValue).sum();
        List<Money> parts = Money.ofFen(fen).allocate(weights);
        for (int i = 0; i < weights.length; i++) {
            long floor = fen * weights[i] / sum; // fits: 1e9 * 1e4
            assertThat(parts.get(i).fen()).isBetween(floor, floor + 1);
        }
    }

    @Property
    void equal_splits_differ_by_at_most_one_fen(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long fen, @ForAll @IntRange(min = 1, max = 50) int parts) {
        List<Money> split = Money.ofFen(fen).split(parts);
        long min = split.stream().mapToLong(Money::fen).min().orElseThrow();
        long max = split.stream().mapToLong(Money::fen).max().orElseThrow();
        assertThat(max - min).isLessThanOrEqualTo(1);
        assertThat(split.stream().reduce(Money.ofFen(0), Money::plus)).isEqualTo(Money.ofFen(fen));
    }

    @Property
    void fee_and_net_always_add_up_to_the_gross(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long fen,
            @ForAll @IntRange(min = 0, max = 10_000) int bps,
            @ForAll RoundingRule rule) {
        FeeSplit split = new PlatformFee(BasisPoints.of(bps), rule).splitOf(Money.ofFen(fen));
        assertThat(split.fee().plus(split.sellerNet())).isEqualTo(Money.ofFen(fen));
        assertThat(split.fee().isNegative()).isFalse();
        assertThat(split.sellerNet().isNegative()).isFalse();
    }

    @Property
    void rounded_fee_is_within_one_fen_of_the_exact_fee(
            @ForAll @LongRange(min = 0, max = 100_000_000_000_000L) long fen,
            @ForAll @IntRange(min = 0, max = 10_000) int bps,
            @ForAll RoundingRule rule) {
        java.math.BigInteger exactTimes10000 = java.math.BigInteger.valueOf(fen).multiply(java.math.BigInteger.valueOf(bps));
        long fee = new PlatformFee(BasisPoints.of(bps), rule).splitOf(Money.ofFen(fen)).fee().fen();
        java.math.BigInteger feeTimes10000 = java.math.BigInteger.valueOf(fee).multiply(java.math.BigInteger.valueOf(10_000));
        assertThat(feeTimes10000.subtract(exactTimes10000).abs())
                .isLessThan(java.math.BigInteger.valueOf(10_000));
    }

    @Property
    void display_and_plain_text_parse_back_to_the_same_amount(@ForAll @LongRange(min = -Long.MAX_VALUE) long fen) {
        Money money = Money.ofFen(fen);
        assertThat(Money.parse(money.toPlainString())).isEqualTo(money);
        assertThat(Money.parse(money.toDisplayString())).isEqualTo(money);
    }
}
