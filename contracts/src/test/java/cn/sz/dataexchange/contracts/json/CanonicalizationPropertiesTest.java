package cn.sz.dataexchange.contracts.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/** Properties of the canonical form over generated JSON values. */
class CanonicalizationPropertiesTest {

    @Property(tries = 300)
    void canonicalising_canonical_text_again_changes_nothing(@ForAll("json") Object value) {
        String once = JsonWriter.canonical(value);
        assertThat(CanonicalJson.parse(once).text()).isEqualTo(once);
    }

    @Property(tries = 300)
    void member_order_does_not_change_the_canonical_form(@ForAll("json") Object value, @ForAll long seed) {
        Object shuffled = shuffleMembers(value, new Random(seed));
        assertThat(JsonWriter.canonical(shuffled)).isEqualTo(JsonWriter.canonical(value));
    }

    @Property(tries = 300)
    void pretty_text_and_canonical_text_read_back_to_the_same_canonical_form(@ForAll("json") Object value) {
        assertThat(CanonicalJson.parse(JsonWriter.pretty(value))).isEqualTo(CanonicalJson.of(value));
    }

    @Property(tries = 2000)
    void every_finite_double_is_written_in_a_form_that_reads_back_to_the_same_double(@ForAll double value) {
        String text = EcmaScriptNumbers.format(value);
        assertThat(Double.parseDouble(text)).isEqualTo(value == 0 ? 0.0 : value);
        assertThat(text).doesNotContain("E").doesNotStartWith("+");
    }

    @Property(tries = 2000)
    void doubles_get_no_more_digits_than_the_shortest_round_trip_needs(@ForAll double value) {
        String digits = EcmaScriptNumbers.format(Math.abs(value)).replaceAll("e.*", "").replace(".", "")
                .replaceAll("^0+", "").replaceAll("0+$", "");
        String javaDigits = new java.math.BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros()
                .unscaledValue().toString();
        assertThat(digits.length()).isLessThanOrEqualTo(Math.max(1, javaDigits.length()));
    }

    @Provide
    Arbitrary<Object> json() {
        return value(3);
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\uffff').excludeChars(surrogates()).ofMaxLength(8)
                        .map(s -> (Object) s),
                fromPieces("a", "😂", "€", "\u0080", "\u001f", "\"", "\\", "/", "\ufb33").map(s -> (Object) s),
                Arbitraries.longs().between(-EcmaScriptNumbers.MAX_SAFE_INTEGER, EcmaScriptNumbers.MAX_SAFE_INTEGER)
                        .map(l -> (Object) BigInteger.valueOf(l)),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE, JsonNull.NULL));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> list = value(depth - 1).list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
        Arbitrary<Object> map = Combinators.combine(
                fromPieces("a", "b", "A", "_", "é", "€", "😂", "1", "\r").list().ofMaxSize(4),
                value(depth - 1).list().ofSize(4)).as((names, values) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        m.put(names.get(i), values.get(i));
                    }
                    return (Object) m;
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, scalar), net.jqwik.api.Tuple.of(1, list),
                net.jqwik.api.Tuple.of(1, map));
    }

    /** Strings of up to four pieces, so surrogate pairs stay whole. */
    private static Arbitrary<String> fromPieces(String... pieces) {
        return Arbitraries.of(pieces).list().ofMaxSize(4).map(list -> String.join("", list));
    }

    private static char[] surrogates() {
        char[] chars = new char[0x800];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (0xd800 + i);
        }
        return chars;
    }

    private static Object shuffleMembers(Object value, Random random) {
        if (value instanceof Map<?, ?> map) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            Collections.shuffle(entries, random);
            Map<Object, Object> shuffled = new LinkedHashMap<>();
            entries.forEach(e -> shuffled.put(e.getKey(), shuffleMembers(e.getValue(), random)));
            return shuffled;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> shuffleMembers(v, random)).toList();
        }
        return value;
    }
}
