package cn.sz.dataexchange.validator.identifiers;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the three check-character algorithms, each checked over many inputs from a seeded
 * generator (no jqwik, see ADR 0007); a failure names the seed and the input.
 */
class CheckDigitPropertiesTest {

    private static final long SEED = 20261123L;
    private static final int CASES = 2000;
    private static final int TODAY = 20261123;

    @Test
    void a_resident_id_with_its_mod_11_2_check_character_is_valid_and_every_other_character_is_not() {
        forEach(r -> residentIdBody(r), first17 -> {
            char check = ResidentIdNumber.checkCharacter(first17);
            assertThat(ResidentIdNumber.isValid(first17 + check, TODAY)).as(first17).isTrue();
            for (char wrong : "0123456789X".toCharArray()) {
                if (wrong != check) {
                    assertThat(ResidentIdNumber.isValid(first17 + wrong, TODAY)).as(first17 + wrong).isFalse();
                }
            }
        });
    }

    @Test
    void the_mod_11_2_weighted_sum_including_the_check_value_is_one_modulo_eleven() {
        forEach(r -> residentIdBody(r), first17 -> {
            char check = ResidentIdNumber.checkCharacter(first17);
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (first17.charAt(i) - '0') * ((1 << (17 - i)) % 11);
            }
            sum += check == 'X' ? 10 : check - '0';
            assertThat(sum % 11).as(first17).isEqualTo(1);
        });
    }

    @Test
    void a_payload_with_its_luhn_digit_is_valid_and_any_single_digit_change_is_not() {
        forEach(r -> digits(r, 12 + r.nextInt(7)), payload -> {
            String number = payload + LuhnCheck.checkDigit(payload);
            assertThat(LuhnCheck.isValid(number)).as(number).isTrue();
            for (int p = 0; p < number.length(); p++) {
                for (int delta = 1; delta <= 9; delta++) {
                    char changed = (char) ('0' + (number.charAt(p) - '0' + delta) % 10);
                    String mutated = number.substring(0, p) + changed + number.substring(p + 1);
                    assertThat(LuhnCheck.isValid(mutated)).as(mutated).isFalse();
                }
            }
        });
    }

    @Test
    void a_credit_code_with_its_check_character_passes_and_every_other_character_fails() {
        forEach(CheckDigitPropertiesTest::creditCodeBody, first17 -> {
            char check = CreditCode.checkCharacter(first17);
            assertThat(CreditCode.hasValidCheckCharacter(ascii(first17 + check), 0)).as(first17).isTrue();
            for (char wrong : CreditCode.ALPHABET.toCharArray()) {
                if (wrong != check) {
                    assertThat(CreditCode.hasValidCheckCharacter(ascii(first17 + wrong), 0)).as(first17 + wrong).isFalse();
                }
            }
        });
    }

    @Test
    void credit_code_weights_are_powers_of_three_modulo_31() {
        forEach(CheckDigitPropertiesTest::creditCodeBody, first17 -> {
            char check = CreditCode.checkCharacter(first17);
            int sum = 0;
            int weight = 1;
            for (int i = 0; i < 17; i++) {
                sum += CreditCode.ALPHABET.indexOf(first17.charAt(i)) * weight;
                weight = weight * 3 % 31;
            }
            assertThat((sum + CreditCode.ALPHABET.indexOf(check)) % 31).as(first17).isZero();
        });
    }

    @Test
    void the_letters_i_o_s_v_z_never_appear_in_a_credit_code() {
        assertThat(CreditCode.ALPHABET).hasSize(31).doesNotContain("I", "O", "S", "V", "Z");
        assertThat(CreditCode.hasValidCheckCharacter(ascii("91350100M000100Y4I"), 0)).isFalse();
    }

    private static void forEach(java.util.function.Function<SplittableRandom, String> generator, Consumer<String> property) {
        SplittableRandom r = new SplittableRandom(SEED);
        for (int i = 0; i < CASES; i++) {
            property.accept(generator.apply(r));
        }
    }

    private static String residentIdBody(SplittableRandom r) {
        String[] regions = {"110101", "440305", "310104", "510107", "620102", "820000".replace("0000", "0101")};
        return regions[r.nextInt(regions.length)]
                + String.format("%04d%02d%02d", 1920 + r.nextInt(106), 1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(r, 3);
    }

    private static String creditCodeBody(SplittableRandom r) {
        StringBuilder s = new StringBuilder(17);
        for (int i = 0; i < 17; i++) {
            s.append(CreditCode.ALPHABET.charAt(r.nextInt(31)));
        }
        return s.toString();
    }

    private static String digits(SplittableRandom r, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
