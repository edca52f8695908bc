package cn.sz.dataexchange.settlement.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parses_plain_and_displayed_yuan_into_exact_fen() {
        assertThat(Money.parse("1234.56")).isEqualTo(Money.ofFen(123_456));
        assertThat(Money.parse("¥1,234.56")).isEqualTo(Money.ofFen(123_456));
        assertThat(Money.parse("￥1,234,567.8")).isEqualTo(Money.ofFen(123_456_780));
        assertThat(Money.parse("CNY 12")).isEqualTo(Money.ofFen(1_200));
        assertThat(Money.parse("-¥0.05")).isEqualTo(Money.ofFen(-5));
        assertThat(Money.parse(" 0.1 ")).isEqualTo(Money.ofFen(10));
    }

    @Test
    void refuses_text_that_is_not_an_exact_amount() {
        for (String bad : new String[] {"1.234", "1,23.00", "12,34", "abc", "", "¥", "1.", ".5", "1e3", "$1.00"}) {
            assertThatThrownBy(() -> Money.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Money.parse("99999999999999999999")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formats_plain_and_for_display() {
        assertThat(Money.ofFen(123_456).toPlainString()).isEqualTo("1234.56");
        assertThat(Money.ofFen(123_456).toDisplayString()).isEqualTo("¥1,234.56");
        assertThat(Money.ofFen(-5).toDisplayString()).isEqualTo("-¥0.05");
        assertThat(Money.ofFen(100_000_000).toDisplayString()).isEqualTo("¥1,000,000.00");
        assertThat(Money.ofFen(Long.MIN_VALUE).toPlainString()).isEqualTo("-92233720368547758.08");
    }

    @Test
    void arithmetic_overflow_throws_instead_of_wrapping() {
        Money max = Money.ofFen(Long.MAX_VALUE);
        assertThatThrownBy(() -> max.plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofYuan(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void platform_fee_rounds_half_up_and_the_seller_gets_the_rest() {
        FeeSplit split = PlatformFee.of(250).splitOf(Money.ofFen(1_01)); // 2.5 % of 1.01 = 2.525 fen
        assertThat(split.fee()).isEqualTo(Money.ofFen(3));
        assertThat(split.sellerNet()).isEqualTo(Money.ofFen(98));
        assertThat(PlatformFee.of(250).splitOf(Money.ofFen(20)).fee()).isEqualTo(Money.ofFen(1)); // 0.5 -> 1
        assertThat(new PlatformFee(BasisPoints.of(250), RoundingRule.HALF_EVEN).splitOf(Money.ofFen(20)).fee())
                .isEqualTo(Money.ofFen(0));
        assertThat(new PlatformFee(BasisPoints.of(250), RoundingRule.DOWN).splitOf(Money.ofFen(1_01)).fee())
                .isEqualTo(Money.ofFen(2));
    }

    @Test
    void a_fee_on_the_largest_amount_does_not_overflow() {
        FeeSplit split = PlatformFee.of(10_000).splitOf(Money.ofFen(Long.MAX_VALUE));
        assertThat(split.fee()).isEqualTo(Money.ofFen(Long.MAX_VALUE));
        assertThat(split.sellerNet().isZero()).isTrue();
    }

    @Test
    void allocation_gives_leftover_fen_to_the_largest_remainders_then_to_earlier_parts() {
        assertThat(Money.ofFen(100).allocate(1, 1, 1)).containsExactly(Money.ofFen(34), Money.ofFen(33), Money.ofFen(33));
        assertThat(Money.ofFen(5).allocate(3, 7)).containsExactly(Money.ofFen(2), Money.ofFen(3)); // 1.5 / 3.5: a tie, the earlier part wins
        assertThat(Money.ofFen(10).allocate(1, 0, 2)).containsExactly(Money.ofFen(3), Money.ofFen(0), Money.ofFen(7));
        assertThat(Money.ofFen(7).split(3)).containsExactly(Money.ofFen(3), Money.ofFen(2), Money.ofFen(2));
    }

    @Test
    void basis_points_parse_from_percent_text() {
        assertThat(BasisPoints.ofPercent("2.5%")).isEqualTo(BasisPoints.of(250));
        assertThat(BasisPoints.ofPercent("5")).isEqualTo(BasisPoints.of(500));
        assertThatThrownBy(() -> BasisPoints.ofPercent("100.01")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mixing_currencies_is_a_bug() {
        // only CNY exists today; the check is exercised through comparison of equal currencies
        assertThat(Money.ofFen(1).compareTo(Money.zero(Currency.CNY))).isPositive();
        assertThat(Currency.fromCode("CNY")).isEqualTo(Currency.CNY);
        assertThatThrownBy(() -> Currency.fromCode("USD")).isInstanceOf(IllegalArgumentException.class);
    }
}
