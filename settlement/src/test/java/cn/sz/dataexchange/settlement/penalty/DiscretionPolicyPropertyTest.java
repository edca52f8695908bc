package cn.sz.dataexchange.settlement.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.settlement.SeededGenerator;
import cn.sz.dataexchange.settlement.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proposed fines over generated ranges and factors: the edge cases first, then {@value #TRIES} cases per
 * property from fixed seeds (see {@link SeededGenerator}); a failure names its case and seed.
 */
class DiscretionPolicyPropertyTest {

    static final int TRIES = 500;
    static final long SEED = 43_000_000L;
    static final long MAX_FEN = 5_000_000_000L;
    /** Around the standard policy's subject tiers (1,000 and 100,000) and the ends of the generated range. */
    static final long[] SUBJECT_EDGES = {0, 1, 999, 1_000, 1_001, 99_999, 100_000, 100_001, 1_000_000};

    record Case(String origin, long minimumFen, long spanFen, boolean repeat, long subjects, boolean sensitive,
            boolean cooperated) {
    }

    record Factors(String origin, long subjects, boolean cooperated) {
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void a_proposed_fine_is_always_within_its_range_and_in_whole_yuan_unless_the_range_is_fixed(Case c) {
        long minimum = c.minimumFen() - c.minimumFen() % 100;
        FineRange range = FineRange.between(Money.ofFen(minimum), Money.ofFen(minimum + c.spanFen()));

        ProposedFine fine = DiscretionPolicy.standard().propose(range,
                new DiscretionFactors(c.repeat(), c.subjects(), c.sensitive(), c.cooperated()));

        assertThat(range.contains(fine.amount())).as("%s proposed %s", c, fine.amount()).isTrue();
        if (!range.isFixed()) {
            assertThat(fine.amount().fen() % 100).as("%s proposed %s", c, fine.amount()).isZero();
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("factors")
    void aggravating_factors_never_lower_the_fine(Factors c) {
        FineRange range = Article94Penalty.UPPER_BRACKET;
        Money plain = DiscretionPolicy.standard().propose(range, new DiscretionFactors(false, c.subjects(), false, c.cooperated())).amount();
        Money aggravated = DiscretionPolicy.standard().propose(range, new DiscretionFactors(true, c.subjects(), true, c.cooperated())).amount();

        assertThat(aggravated.isLessThan(plain)).as("%s: aggravated %s, plain %s", c, aggravated, plain).isFalse();
    }

    static Stream<Case> cases() {
        List<Case> edges = new ArrayList<>();
        long[][] ranges = {{0, 0}, {0, 1}, {0, 99}, {0, 100}, {1, 0}, {99, 1}, {100, 0}, {150, 50}, {0, MAX_FEN},
                {MAX_FEN, 0}, {MAX_FEN, MAX_FEN}, {MAX_FEN - 1, 1}};
        for (long[] range : ranges) {
            for (int flags = 0; flags < 8; flags++) {
                boolean repeat = (flags & 1) != 0;
                boolean sensitive = (flags & 2) != 0;
                boolean cooperated = (flags & 4) != 0;
                for (long subjects : new long[] {0, 1_000, 100_000, 1_000_000}) {
                    edges.add(new Case("edge case", range[0], range[1], repeat, subjects, sensitive, cooperated));
                }
            }
        }
        return Stream.concat(edges.stream(), SeededGenerator.cases(SEED, TRIES, g -> new Case(g.origin(),
                g.longBetween(0, MAX_FEN), g.longBetween(0, MAX_FEN), g.nextBoolean(), g.longBetween(0, 1_000_000),
                g.nextBoolean(), g.nextBoolean())));
    }

    static Stream<Factors> factors() {
        List<Factors> edges = new ArrayList<>();
        for (long subjects : SUBJECT_EDGES) {
            edges.add(new Factors("edge case", subjects, false));
            edges.add(new Factors("edge case", subjects, true));
        }
        return Stream.concat(edges.stream(), SeededGenerator.cases(SEED + 1_000, TRIES,
                g -> new Factors(g.origin(), g.longBetween(0, 1_000_000), g.nextBoolean())));
    }
}
