package cn.sz.dataexchange.settlement.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.settlement.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DifferentialPricingDetectorTest {

    static final Instant DAY_0 = Instant.parse("2026-03-01T00:00:00Z");
    static final TradingConditions STANDARD = new TradingConditions(3, Money.parse("100.00"), CreditStatus.GOOD,
            "exchange", Duration.ofDays(365));

    final DifferentialPricingDetector detector = new DifferentialPricingDetector(
            DifferentialPricingPolicy.standard().withPublishedFairRules(Set.of("lottery-2026")));

    static PricedTrade trade(String id, String counterparty, String price, int day, TradingConditions conditions,
            ExemptionClaim claim) {
        return new PricedTrade(id, "seller-1", counterparty, "product-1", Money.parse(price),
                DAY_0.plus(Duration.ofDays(day)), conditions, Optional.ofNullable(claim));
    }

    static PricedTrade trade(String id, String counterparty, String price, int day) {
        return trade(id, counterparty, price, day, STANDARD, null);
    }

    @Test
    void flags_counterparties_with_the_same_conditions_charged_different_prices_with_the_evidence() {
        DifferentialPricingReport report = detector.detect(List.of(
                trade("t1", "alice", "1000.00", 0), trade("t2", "bob", "1200.00", 3), trade("t3", "carol", "1000.00", 5)));

        assertThat(report.findings()).hasSize(1);
        DifferentialPricingFinding finding = report.findings().get(0);
        assertThat(finding.productId()).isEqualTo("product-1");
        assertThat(finding.disadvantagedCounterparties()).containsExactly("bob");
        assertThat(finding.lowestPrice()).isEqualTo(Money.parse("1000"));
        assertThat(finding.highestPrice()).isEqualTo(Money.parse("1200"));
        assertThat(finding.largestSpreadBps()).isEqualTo(1_666); // 200 of 1,200
        assertThat(finding.evidenceTradeIds()).containsExactly("t1", "t2", "t3");
        assertThat(finding.comparisons()).hasSize(2).allMatch(c -> c.spread().equals(Money.parse("200")));
        assertThat(report.pairsCompared()).isEqualTo(3);
    }

    @Test
    void differences_within_the_price_tolerance_are_not_findings() {
        assertThat(detector.detect(List.of(trade("t1", "alice", "1000.00", 0), trade("t2", "bob", "1050.00", 1)))
                .hasFindings()).isFalse();
        assertThat(detector.detect(List.of(trade("t1", "alice", "1000.00", 0), trade("t2", "bob", "1052.64", 1)))
                .hasFindings()).isTrue();
    }

    @Test
    void counterparties_with_substantially_different_conditions_may_pay_different_prices() {
        var otherLink = new TradingConditions(3, Money.parse("100"), CreditStatus.GOOD, "broker:acme", Duration.ofDays(365));
        var poorerCredit = new TradingConditions(3, Money.parse("100"), CreditStatus.POOR, "exchange", Duration.ofDays(365));
        var longerTerm = new TradingConditions(3, Money.parse("100"), CreditStatus.GOOD, "exchange", Duration.ofDays(730));

        for (TradingConditions different : List.of(otherLink, poorerCredit, longerTerm)) {
            assertThat(detector.detect(List.of(trade("t1", "alice", "1000", 0),
                    trade("t2", "bob", "1500", 1, different, null))).hasFindings()).as(different.toString()).isFalse();
        }
    }

    @Test
    void costs_within_the_tolerance_count_as_the_same_conditions() {
        var slightlyDearerToServe = new TradingConditions(3, Money.parse("109.00"), CreditStatus.GOOD, "exchange",
                Duration.ofDays(360));

        assertThat(detector.detect(List.of(trade("t1", "alice", "1000", 0),
                trade("t2", "bob", "1500", 1, slightlyDearerToServe, null))).hasFindings()).isTrue();
    }

    @Test
    void different_declared_needs_exempt_the_difference_under_item_1() {
        DifferentialPricingReport report = detector.detect(List.of(trade("t1", "alice", "1000", 0),
                trade("t2", "bob", "1500", 1, STANDARD, new ExemptionClaim.DeclaredNeeds("exclusive licence"))));

        assertThat(report.hasFindings()).isFalse();
        assertThat(report.exempted()).singleElement()
                .satisfies(e -> assertThat(e.exemption()).isEqualTo(Art69Exemption.DIFFERENT_ACTUAL_NEEDS));
    }

    @Test
    void the_same_declared_needs_do_not_justify_different_prices() {
        var needs = new ExemptionClaim.DeclaredNeeds("hourly feed");

        assertThat(detector.detect(List.of(trade("t1", "alice", "1000", 0, STANDARD, needs),
                trade("t2", "bob", "1500", 1, STANDARD, needs))).hasFindings()).isTrue();
    }

    @Test
    void a_new_user_promotion_is_exempt_within_the_reasonable_period_only() {
        var joinedOnDay0 = new ExemptionClaim.NewUserPromotion(DAY_0);

        DifferentialPricingReport early = detector.detect(List.of(trade("t1", "bob", "1000", 30),
                trade("t2", "newbie", "500", 31, STANDARD, joinedOnDay0)));
        DifferentialPricingReport late = detector.detect(List.of(trade("t1", "bob", "1000", 120),
                trade("t2", "newbie", "500", 121, STANDARD, joinedOnDay0)));

        assertThat(early.hasFindings()).isFalse();
        assertThat(early.exempted()).extracting(ExemptedComparison::exemption).containsExactly(Art69Exemption.NEW_USER_PROMOTION);
        assertThat(late.findings()).singleElement().satisfies(finding -> assertThat(finding.comparisons().get(0).notes())
                .anyMatch(note -> note.contains("new-user promotion") && note.contains("not accepted")));
    }

    @Test
    void a_random_trade_is_exempt_only_under_a_published_fair_rule() {
        assertThat(detector.detect(List.of(trade("t1", "alice", "1000", 0),
                trade("t2", "bob", "1", 1, STANDARD, new ExemptionClaim.RandomAllocation("lottery-2026")))).hasFindings())
                .isFalse();
        assertThat(detector.detect(List.of(trade("t1", "alice", "1000", 0),
                trade("t2", "bob", "1", 1, STANDARD, new ExemptionClaim.RandomAllocation("secret-rule")))).hasFindings())
                .isTrue();
    }

    @Test
    void trades_further_apart_than_the_window_the_same_counterparty_and_other_products_are_not_compared() {
        PricedTrade otherProduct = new PricedTrade("t4", "seller-1", "carol", "product-2", Money.parse("3000"),
                DAY_0, STANDARD, Optional.empty());

        DifferentialPricingReport report = detector.detect(List.of(trade("t1", "alice", "1000", 0),
                trade("t2", "bob", "2000", 91), trade("t3", "alice", "2000", 1), otherProduct));

        assertThat(report.hasFindings()).isFalse();
        assertThat(report.pairsCompared()).isEqualTo(1); // t3 (alice, day 1) with t2 (bob, day 91)
    }
}
