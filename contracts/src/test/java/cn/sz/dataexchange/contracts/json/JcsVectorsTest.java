package cn.sz.dataexchange.contracts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The examples of RFC 8785 (sections 3.2.2, 3.2.3, Appendix B) and the edge cases it asks implementations to refuse. */
class JcsVectorsTest {

    @Test
    void canonicalises_the_rfc_8785_section_3_2_2_example() {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";
        assertThat(CanonicalJson.parse(input).text()).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void produces_the_utf8_bytes_the_reference_implementation_gives_in_hex() {
        String input = """
                {
                  "numbers": [1E30,4.50,6,2e-3,0.000000000000000000000000001],
                  "escaping": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "other":  [null, true, false]
                }""";
        String expectedHex = """
                7b 22 65 73 63 61 70 69 6e 67 22 3a 22 e2 82 ac 24 5c 75 30 30 30 66 5c 6e 41 27 42 5c 22 5c 5c
                5c 5c 5c 22 2f 22 2c 22 6e 75 6d 62 65 72 73 22 3a 5b 31 65 2b 33 30 2c 34 2e 35 2c 36 2c 30 2e
                30 30 32 2c 31 65 2d 32 37 5d 2c 22 6f 74 68 65 72 22 3a 5b 6e 75 6c 6c 2c 74 72 75 65 2c 66 61
                6c 73 65 5d 7d""".replaceAll("\\s+", "");
        assertThat(HexFormat.of().formatHex(CanonicalJson.parse(input).bytes())).isEqualTo(expectedHex);
    }

    @Test
    void sorts_members_by_utf16_code_units_as_in_section_3_2_3() {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }""";
        Map<String, Object> parsed = JsonParser.parseObject(CanonicalJson.parse(input).text());
        assertThat(List.copyOf(parsed.values())).containsExactly("Carriage Return", "One", "Control",
                "Latin Small Letter O With Diaeresis", "Euro Sign", "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh");
    }

    @Test
    void sorts_the_browser_challenge_keys_like_the_reference_implementation() {
        String input = "{\"\\u20ac\":\"Euro Sign\",\"1\":\"One\",\"\\u0080\":\"Control\\u007f\",\"\\ud83d\\ude02\":\"Smiley\","
                + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"</script>\":\"Browser Challenge\"}";
        assertThat(CanonicalJson.parse(input).text()).isEqualTo("{\"1\":\"One\",\"</script>\":\"Browser Challenge\","
                + "\"\u0080\":\"Control\u007f\",\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                + "\"😂\":\"Smiley\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2"
    })
    void formats_the_appendix_b_numbers_like_ecmascript(String bits, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertThat(EcmaScriptNumbers.format(value)).isEqualTo(expected);
    }

    @Test
    void keeps_integers_exact_up_to_the_largest_safe_integer() {
        assertThat(CanonicalJson.parse("[9007199254740991, -9007199254740991, 0, -0]").text())
                .isEqualTo("[9007199254740991,-9007199254740991,0,0]");
    }

    @Test
    void refuses_an_integer_a_double_cannot_hold_exactly() {
        assertThatThrownBy(() -> CanonicalJson.parse("{\"fen\": 9007199254740993}"))
                .isInstanceOf(MalformedJsonException.class).hasMessageContaining("2^53-1");
    }

    @Test
    void accepts_a_large_integer_whose_text_already_is_the_canonical_form_of_a_double() {
        assertThat(CanonicalJson.parse("[295147905179352830000, 1e21]").text()).isEqualTo("[295147905179352830000,1e+21]");
    }

    @Test
    void refuses_numbers_outside_the_double_range() {
        assertThatThrownBy(() -> CanonicalJson.parse("[1e400]")).isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> CanonicalJson.of(List.of(Double.NaN))).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void refuses_duplicate_member_names() {
        assertThatThrownBy(() -> CanonicalJson.parse("{\"a\":1,\"a\":2}")).hasMessageContaining("duplicate");
    }

    @Test
    void refuses_lone_surrogates() {
        assertThatThrownBy(() -> CanonicalJson.parse("[\"\\ud800\"]")).hasMessageContaining("lone surrogate");
        assertThatThrownBy(() -> CanonicalJson.of(List.of("\udc00x"))).hasMessageContaining("lone surrogate");
    }

    @Test
    void refuses_trailing_text_and_bad_tokens() {
        assertThatThrownBy(() -> CanonicalJson.parse("{} x")).isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> CanonicalJson.parse("[01]")).isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> CanonicalJson.parse("[1.]")).isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> CanonicalJson.parse("{'a':1}")).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void digests_the_canonical_utf8_bytes_in_hex_and_base64url() {
        CanonicalJson canonical = CanonicalJson.parse("{\"b\":1,\"a\":\"x\",\"c\":[true,2]}");
        assertThat(canonical.text()).isEqualTo("{\"a\":\"x\",\"b\":1,\"c\":[true,2]}");
        assertThat(canonical.digest()).isEqualTo(Sha256Digest.of("{\"a\":\"x\",\"b\":1,\"c\":[true,2]}".getBytes(StandardCharsets.UTF_8)));
        assertThat(canonical.digest().base64Url()).hasSize(43).doesNotContain("=", "+", "/");
    }
}
