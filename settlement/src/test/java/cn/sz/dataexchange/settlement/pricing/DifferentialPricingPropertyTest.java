package cn.sz.dataexchange.settlement.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.settlement.SeededGenerator;
import cn.sz.dataexchange.settlement.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Art. 69 detector over generated trade histories: the edge cases first, then {@value #TRIES} histories
 * of up to 25 trades per property from fixed seeds (see {@link SeededGenerator}); a failure names its case
 * and seed.
 */
class DifferentialPricingPropertyTest {

    static final int TRIES = 200;
    static final long SEED = 44_000_000L;
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    final DifferentialPricingDetector detector = new DifferentialPricingDetector(DifferentialPricingPolicy.standard());

    record History(String origin, List<PricedTrade> trades, long shuffleSeed) {
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("histories")
    void the_report_does_not_depend_on_the_order_of_the_trades(History c) {
        List<PricedTrade> shuffled = new ArrayList<>(c.trades());
        Collections.shuffle(shuffled, new Random(c.shuffleSeed()));

        assertThat(detector.detect(shuffled)).as("%s shuffled to %s", c, shuffled).isEqualTo(detector.detect(c.trades()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("histories")
    void every_piece_of_evidence_is_beyond_the_tolerance_between_different_counterparties(History c) {
        for (DifferentialPricingFinding finding : detector.detect(c.trades()).findings()) {
            for (PriceComparison comparison : finding.comparisons()) {
                assertThat(comparison.cheaper().counterpartyId()).as("%s: %s", c, comparison)
                        .isNotEqualTo(comparison.dearer().counterpartyId());
                assertThat(comparison.spreadBps()).as("%s: %s", c, comparison).isGreaterThanOrEqualTo(500);
                assertThat(comparison.cheaper().price().isGreaterThan(comparison.dearer().price())).as("%s: %s", c, comparison)
                        .isFalse();
            }
        }
    }

    static Stream<History> histories() {
        return Stream.concat(edgeCases().stream(), SeededGenerator.cases(SEED, TRIES, DifferentialPricingPropertyTest::history));
    }

    private static History history(SeededGenerator g) {
        int size = g.intBetween(0, 25);
        Set<String> ids = new HashSet<>();
        List<PricedTrade> trades = new ArrayList<>();
        while (trades.size() < size) {
            String id = g.lowercase(6);
            if (ids.add(id)) {
                // a third of the prices lie near 100 yuan, so spreads around the 5 % tolerance come up often
                long price = g.intBetween(0, 2) == 0 ? 10_000 + g.longBetween(-1_000, 1_000) : g.longBetween(0, 200_000);
                trades.add(trade(id, g.oneOf("alice", "bob", "carol", "dave"), g.oneOf("p1", "p2"), price,
                        g.intBetween(0, 200), g.oneOf(CreditStatus.GOOD, CreditStatus.FAIR), g.oneOf("exchange", "broker")));
            }
        }
        return new History(g.origin(), trades, g.longBetween(Long.MIN_VALUE + 1, Long.MAX_VALUE));
    }

    private static List<History> edgeCases() {
        List<List<PricedTrade>> histories = new ArrayList<>();
        histories.add(List.of());
        histories.add(List.of(trade("a", "alice", "p1", 10_000, 0)));
        for (long dearer : new long[] {10_000, 10_499, 10_500, 10_501, 20_000}) {
            histories.add(List.of(trade("a", "alice", "p1", 10_000, 0), trade("b", "bob", "p1", dearer, 0)));
        }
        histories.add(List.of(trade("a", "alice", "p1", 0, 0), trade("b", "bob", "p1", 0, 0)));
        histories.add(List.of(trade("a", "alice", "p1", 0, 0), trade("b", "bob", "p1", 1, 0)));
        histories.add(List.of(trade("a", "alice", "p1", 0, 0), trade("b", "bob", "p1", 200_000, 200)));
        histories.add(List.of(trade("a", "alice", "p1", 10_000, 0), trade("b", "alice", "p1", 20_000, 0)));
        histories.add(List.of(trade("a", "alice", "p1", 10_000, 0), trade("b", "bob", "p2", 20_000, 0)));
        for (int day : new int[] {89, 90, 91, 200}) {
            histories.add(List.of(trade("a", "alice", "p1", 10_000, 0), trade("b", "bob", "p1", 20_000, day)));
        }
        histories.add(List.of(trade("a", "alice", "p1", 10_000, 0),
                trade("b", "bob", "p1", 20_000, 0, CreditStatus.FAIR, "broker")));
        histories.add(List.of(trade("a", "alice", "p1", 10_000, 5), trade("b", "bob", "p1", 20_000, 5),
                trade("c", "carol", "p1", 10_000, 5), trade("d", "dave", "p1", 20_000, 5)));
        List<PricedTrade> many = new ArrayList<>();
        String[] counterparties = {"alice", "bob", "carol", "dave"};
        for (int i = 0; i < 25; i++) {
            many.add(trade("t" + i, counterparties[i % 4], "p" + (1 + i % 2), 10_000 + 300L * i, i % 3));
        }
        histories.add(many);
        List<History> edges = new ArrayList<>();
        long[] shuffleSeeds = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE};
        for (int i = 0; i < histories.size(); i++) {
            edges.add(new History("edge case", histories.get(i), shuffleSeeds[i % shuffleSeeds.length]));
        }
        return edges;
    }

    private static PricedTrade trade(String id, String counterparty, String product, long priceFen, int day) {
        return trade(id, counterparty, product, priceFen, day, CreditStatus.GOOD, "exchange");
    }

    private static PricedTrade trade(String id, String counterparty, String product, long priceFen, int day,
            CreditStatus credit, String link) {
        return new PricedTrade(id, "seller", counterparty, product, Money.ofFen(priceFen), START.plus(Duration.ofDays(day)),
                new TradingConditions(3, Money.ofFen(10_000), credit, link, Duration.ofDays(365)), Optional.empty());
    }
}
