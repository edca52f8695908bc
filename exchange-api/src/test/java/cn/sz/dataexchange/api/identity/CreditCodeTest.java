package cn.sz.dataexchange.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.identity.model.CreditCode;
import cn.sz.dataexchange.api.shared.Result;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCodeTest {

    @ParameterizedTest
    @CsvSource({
            // Published codes of real organisations (GB 32100-2015 check characters).
            "91350100M000100Y43", "911100001000044477", "91440300708461136T", "91110000802100433B"})
    void accepts_codes_whose_check_character_matches(String code) {
        assertThat(CreditCode.parse(code).isAccepted()).isTrue();
    }

    @Test
    void normalises_case_and_surrounding_space() {
        assertThat(CreditCode.parse(" 91440300708461136t ").orElseThrow().value()).isEqualTo("91440300708461136T");
    }

    @ParameterizedTest
    @CsvSource({
            "91350100M000100Y44, check character",
            "9135010OM000100Y43, not allowed",
            "91350100M000I00Y43, not allowed",
            "91350100M000100Y4, exactly 18",
            "91350100M000100Y433, exactly 18",
            "'', exactly 18"})
    void refuses_malformed_codes_naming_the_field(String code, String explanation) {
        Result<CreditCode> result = CreditCode.parse(code);
        assertThat(result).isInstanceOf(Result.Refused.class);
        var refusal = ((Result.Refused<CreditCode>) result).refusal();
        assertThat(refusal.detail()).startsWith("creditCode:").contains(explanation);
    }

    @RepeatedTest(50)
    void any_single_character_change_is_detected() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder first17 = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            first17.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
        }
        String valid = first17.toString() + CreditCode.checkCharacter(first17);
        assertThat(CreditCode.parse(valid).isAccepted()).isTrue();

        int position = random.nextInt(18);
        char original = valid.charAt(position);
        char replacement;
        do {
            replacement = CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length()));
        } while (replacement == original);
        String mutated = valid.substring(0, position) + replacement + valid.substring(position + 1);
        assertThat(CreditCode.parse(mutated).isAccepted()).as(mutated).isFalse();
    }
}
