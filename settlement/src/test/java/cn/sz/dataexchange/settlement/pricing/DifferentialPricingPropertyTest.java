package cn.sz.dataexchange.settlement.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.settlement.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DifferentialPricingPropertyTest {

    final DifferentialPricingDetector detector = new DifferentialPricingDetector(DifferentialPricingPolicy.standard());

    @Property(tries = 200)
    void the_report_does_not_depend_on_the_order_of_the_trades(@ForAll("trades") List<PricedTrade> trades,
            @ForAll long shuffleSeed) {
        List<PricedTrade> shuffled = new ArrayList<>(trades);
        Collections.shuffle(shuffled, new Random(shuffleSeed));

        assertThat(detector.detect(shuffled)).isEqualTo(detector.detect(trades));
    }

    @Property(tries = 200)
    void every_piece_of_evidence_is_beyond_the_tolerance_between_different_counterparties(
            @ForAll("trades") List<PricedTrade> trades) {
        for (DifferentialPricingFinding finding : detector.detect(trades).findings()) {
            for (PriceComparison comparison : finding.comparisons()) {
                assertThat(comparison.cheaper().counterpartyId()).isNotEqualTo(comparison.dearer().counterpartyId());
                assertThat(comparison.spreadBps()).isGreaterThanOrEqualTo(500);
                assertThat(comparison.cheaper().price().isGreaterThan(comparison.dearer().price())).isFalse();
            }
        }
    }

    @Provide
    Arbitrary<List<PricedTrade>> trades() {
        Arbitrary<PricedTrade> trade = Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofLength(6),
                Arbitraries.of("alice", "bob", "carol", "dave"),
                Arbitraries.of("p1", "p2"),
                Arbitraries.longs().between(0, 200_000),
                Arbitraries.integers().between(0, 200),
                Arbitraries.of(CreditStatus.GOOD, CreditStatus.FAIR),
                Arbitraries.of("exchange", "broker"))
                .as((id, counterparty, product, price, day, credit, link) -> new PricedTrade(id, "seller", counterparty,
                        product, Money.ofFen(price), Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofDays(day)),
                        new TradingConditions(3, Money.ofFen(10_000), credit, link, Duration.ofDays(365)), Optional.empty()));
        return trade.list().ofMaxSize(25).uniqueElements(PricedTrade::tradeId);
    }
}
