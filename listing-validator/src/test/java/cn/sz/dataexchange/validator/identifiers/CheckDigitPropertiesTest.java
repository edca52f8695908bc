package cn.sz.dataexchange.validator.identifiers;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the three check-character algorithms. */
class CheckDigitPropertiesTest {

    private static final int TODAY = 20261123;

    @Property
    void a_resident_id_with_its_mod_11_2_check_character_is_valid_and_any_other_character_is_not(
            @ForAll("residentIdBodies") String first17, @ForAll @IntRange(min = 0, max = 10) int other) {
        char check = ResidentIdNumber.checkCharacter(first17);
        assertThat(ResidentIdNumber.isValid(first17 + check, TODAY)).isTrue();
        char wrong = "0123456789X".charAt(other);
        if (wrong != check) {
            assertThat(ResidentIdNumber.isValid(first17 + wrong, TODAY)).isFalse();
        }
    }

    @Property
    void the_mod_11_2_weighted_sum_including_the_check_value_is_one_modulo_eleven(@ForAll("residentIdBodies") String first17) {
        char check = ResidentIdNumber.checkCharacter(first17);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * (1 << (17 - i)) % 11;
        }
        sum += check == 'X' ? 10 : check - '0';
        assertThat(sum % 11).isEqualTo(1);
    }

    @Property
    void a_payload_with_its_luhn_digit_is_valid(@ForAll @NumericChars @StringLength(min = 12, max = 18) String payload) {
        assertThat(LuhnCheck.isValid(payload + LuhnCheck.checkDigit(payload))).isTrue();
    }

    @Property
    void changing_one_digit_breaks_the_luhn_check(@ForAll @NumericChars @StringLength(min = 12, max = 18) String payload,
                                                  @ForAll @IntRange(min = 0, max = 17) int position,
                                                  @ForAll @IntRange(min = 1, max = 9) int delta) {
        String number = payload + LuhnCheck.checkDigit(payload);
        int p = position % number.length();
        char changed = (char) ('0' + (number.charAt(p) - '0' + delta) % 10);
        String mutated = number.substring(0, p) + changed + number.substring(p + 1);
        assertThat(LuhnCheck.isValid(mutated)).isFalse();
    }

    @Property
    void a_credit_code_with_its_check_character_passes_and_every_other_character_fails(
            @ForAll("creditCodeBodies") String first17, @ForAll @IntRange(min = 0, max = 30) int other) {
        char check = CreditCode.checkCharacter(first17);
        byte[] valid = (first17 + check).getBytes(StandardCharsets.US_ASCII);
        assertThat(CreditCode.hasValidCheckCharacter(valid, 0)).isTrue();
        char wrong = CreditCode.ALPHABET.charAt(other);
        if (wrong != check) {
            assertThat(CreditCode.hasValidCheckCharacter((first17 + wrong).getBytes(StandardCharsets.US_ASCII), 0)).isFalse();
        }
    }

    @Property
    void credit_code_weights_are_powers_of_three_modulo_31(@ForAll("creditCodeBodies") String first17) {
        char check = CreditCode.checkCharacter(first17);
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CreditCode.ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        assertThat((sum + CreditCode.ALPHABET.indexOf(check)) % 31).isZero();
    }

    @Provide
    Arbitrary<String> residentIdBodies() {
        Arbitrary<String> region = Arbitraries.of("110101", "440305", "310104", "510107", "620102");
        Arbitrary<String> date = Arbitraries.integers().between(1920, 2025).flatMap(y ->
                Arbitraries.integers().between(1, 12).flatMap(m ->
                        Arbitraries.integers().between(1, 28).map(d -> String.format("%04d%02d%02d", y, m, d))));
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        return net.jqwik.api.Combinators.combine(region, date, sequence).as((r, d, s) -> r + d + s);
    }

    @Provide
    Arbitrary<String> creditCodeBodies() {
        return Arbitraries.strings().withChars(CreditCode.ALPHABET.toCharArray()).ofLength(17);
    }
}
