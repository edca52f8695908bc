package cn.sz.dataexchange.settlement.money;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.settlement.SeededGenerator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Allocation, fees and formatting over generated amounts: the edge cases first, then {@value #TRIES} cases
 * per property from fixed seeds (see {@link SeededGenerator}); a failure names its case and seed.
 */
class MoneyPropertyTest {

    static final int TRIES = 500;
    static final long SEED = 41_000_000L;
    static final long MAX = Long.MAX_VALUE;
    static final long TRILLION = 1_000_000_000_000L;

    record Allocation(String origin, long fen, List<Long> ratios) {
    }

    record Split(String origin, long fen, int parts) {
    }

    record Fee(String origin, long fen, int bps, RoundingRule rule) {
    }

    record Amount(String origin, long fen) {
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("allocationsOfAnyAmount")
    void allocated_parts_always_sum_to_the_whole(Allocation c) {
        long[] weights = c.ratios().stream().mapToLong(Long::longValue).toArray();
        if (c.ratios().stream().allMatch(r -> r == 0)) {
            weights[0] = 1;
        }
        List<Money> parts = Money.ofFen(c.fen()).allocate(weights);
        assertThat(parts).as("%s", c).hasSize(weights.length).allMatch(part -> !part.isNegative());
        assertThat(parts.stream().reduce(Money.ofFen(0), Money::plus)).as("%s", c).isEqualTo(Money.ofFen(c.fen()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("allocationsWithExactShares")
    void every_allocated_part_is_within_one_fen_of_its_exact_share(Allocation c) {
        long[] weights = c.ratios().stream().mapToLong(Long::longValue).toArray();
        long sum = LongStream.of(weights).sum();
        List<Money> parts = Money.ofFen(c.fen()).allocate(weights);
        for (int i = 0; i < weights.length; i++) {
            long floor = c.fen() * weights[i] / sum; // fits: 1e9 * 1e4
            assertThat(parts.get(i).fen()).as("part %d of %s", i, c).isBetween(floor, floor + 1);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("splits")
    void equal_splits_differ_by_at_most_one_fen(Split c) {
        List<Money> split = Money.ofFen(c.fen()).split(c.parts());
        long min = split.stream().mapToLong(Money::fen).min().orElseThrow();
        long max = split.stream().mapToLong(Money::fen).max().orElseThrow();
        assertThat(split).as("%s", c).hasSize(c.parts());
        assertThat(max - min).as("%s", c).isLessThanOrEqualTo(1);
        assertThat(split.stream().reduce(Money.ofFen(0), Money::plus)).as("%s", c).isEqualTo(Money.ofFen(c.fen()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("feesOfAnyAmount")
    void fee_and_net_always_add_up_to_the_gross(Fee c) {
        FeeSplit split = new PlatformFee(BasisPoints.of(c.bps()), c.rule()).splitOf(Money.ofFen(c.fen()));
        assertThat(split.fee().plus(split.sellerNet())).as("%s", c).isEqualTo(Money.ofFen(c.fen()));
        assertThat(split.fee().isNegative()).as("%s", c).isFalse();
        assertThat(split.sellerNet().isNegative()).as("%s", c).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("feesUpTo100TrillionFen")
    void rounded_fee_is_within_one_fen_of_the_exact_fee(Fee c) {
        BigInteger exactTimes10000 = BigInteger.valueOf(c.fen()).multiply(BigInteger.valueOf(c.bps()));
        long fee = new PlatformFee(BasisPoints.of(c.bps()), c.rule()).splitOf(Money.ofFen(c.fen())).fee().fen();
        BigInteger feeTimes10000 = BigInteger.valueOf(fee).multiply(BigInteger.valueOf(10_000));
        assertThat(feeTimes10000.subtract(exactTimes10000).abs()).as("%s gave a fee of %d fen", c, fee)
                .isLessThan(BigInteger.valueOf(10_000));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("amounts")
    void display_and_plain_text_parse_back_to_the_same_amount(Amount c) {
        Money money = Money.ofFen(c.fen());
        assertThat(Money.parse(money.toPlainString())).as("%s as %s", c, money.toPlainString()).isEqualTo(money);
        assertThat(Money.parse(money.toDisplayString())).as("%s as %s", c, money.toDisplayString()).isEqualTo(money);
    }

    static Stream<Allocation> allocationsOfAnyAmount() {
        List<List<Long>> ratioEdges = List.of(List.of(0L), List.of(1L), List.of(TRILLION), List.of(1L, 1L, 1L),
                Collections.nCopies(12, 0L), Collections.nCopies(12, TRILLION), List.of(1L, TRILLION), List.of(0L, 1L),
                withFirst(1L, 12, 0L), List.of(3L, 3L, 3L), oneTo(12));
        List<Allocation> edges = new ArrayList<>();
        for (long fen : new long[] {0, 1, 2, 99, MAX - 1, MAX}) {
            ratioEdges.forEach(ratios -> edges.add(new Allocation("edge case", fen, ratios)));
        }
        return Stream.concat(edges.stream(), SeededGenerator.cases(SEED, TRIES, g -> new Allocation(g.origin(),
                g.longBetween(0, MAX), g.listOf(1, 12, () -> g.longBetween(0, TRILLION)))));
    }

    static Stream<Allocation> allocationsWithExactShares() {
        List<List<Long>> ratioEdges = List.of(List.of(1L), List.of(10_000L), List.of(1L, 1L, 1L),
                Collections.nCopies(8, 10_000L), List.of(1L, 10_000L), oneTo(8), List.of(3L, 3L, 3L),
                List.of(9_999L, 10_000L, 1L));
        List<Allocation> edges = new ArrayList<>();
        for (long fen : new long[] {0, 1, 2, 999_999_999L, 1_000_000_000L}) {
            ratioEdges.forEach(ratios -> edges.add(new Allocation("edge case", fen, ratios)));
        }
        return Stream.concat(edges.stream(), SeededGenerator.cases(SEED + 1_000, TRIES, g -> new Allocation(g.origin(),
                g.longBetween(0, 1_000_000_000L), g.listOf(1, 8, () -> g.longBetween(1, 10_000)))));
    }

    static Stream<Split> splits() {
        List<Split> edges = new ArrayList<>();
        for (long fen : new long[] {0, 1, 49, 50, 51, MAX - 1, MAX}) {
            for (int parts : new int[] {1, 2, 3, 49, 50}) {
                edges.add(new Split("edge case", fen, parts));
            }
        }
        return Stream.concat(edges.stream(), SeededGenerator.cases(SEED + 2_000, TRIES,
                g -> new Split(g.origin(), g.longBetween(0, MAX), g.intBetween(1, 50))));
    }

    static Stream<Fee> feesOfAnyAmount() {
        return fees(new long[] {0, 1, 5_000, 9_999, 10_000, MAX - 1, MAX}, SEED + 3_000, MAX);
    }

    static Stream<Fee> feesUpTo100TrillionFen() {
        long limit = 100 * TRILLION;
        return fees(new long[] {0, 1, 5_000, 9_999, 10_000, 15_000, limit - 1, limit}, SEED + 4_000, limit);
    }

    private static Stream<Fee> fees(long[] fenEdges, long seed, long maxFen) {
        List<Fee> edges = new ArrayList<>();
        for (long fen : fenEdges) {
            for (int bps : new int[] {0, 1, 250, 5_000, 9_999, 10_000}) {
                for (RoundingRule rule : RoundingRule.values()) {
                    edges.add(new Fee("edge case", fen, bps, rule));
                }
            }
        }
        return Stream.concat(edges.stream(), SeededGenerator.cases(seed, TRIES, g -> new Fee(g.origin(),
                g.longBetween(0, maxFen), g.intBetween(0, 10_000), g.oneOf(RoundingRule.values()))));
    }

    static Stream<Amount> amounts() {
        Stream<Amount> edges = LongStream.of(0, 1, -1, 5, -5, 99, -99, 100, -100, 101, 99_999, 100_000, 123_456_789,
                -123_456_789, MAX - 1, MAX, -MAX + 1, -MAX).mapToObj(fen -> new Amount("edge case", fen));
        return Stream.concat(edges, SeededGenerator.cases(SEED + 5_000, TRIES,
                g -> new Amount(g.origin(), g.longBetween(-MAX, MAX))));
    }

    private static List<Long> withFirst(long first, int size, long rest) {
        List<Long> list = new ArrayList<>(Collections.nCopies(size, rest));
        list.set(0, first);
        return list;
    }

    private static List<Long> oneTo(int n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }
}
