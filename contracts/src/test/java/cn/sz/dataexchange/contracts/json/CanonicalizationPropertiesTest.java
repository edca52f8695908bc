package cn.sz.dataexchange.contracts.json;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.contracts.SeededGenerator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the canonical form over generated JSON values and doubles: the edge cases first (empty
 * strings and containers, escapes, surrogate pairs, member names whose UTF-16 order differs from their code
 * point order, signed zero, subnormals, the largest doubles), then generated cases from fixed seeds (see
 * {@link SeededGenerator}); a failure names its case and seed.
 */
class CanonicalizationPropertiesTest {

    static final int JSON_TRIES = 1_000;
    static final int DOUBLE_TRIES = 2_000;
    static final long SEED = 30_000_000L;

    /** A generated JSON value; {@code shuffleSeed} reorders its members. */
    record Json(String origin, Object value, long shuffleSeed) {
        @Override
        public String toString() {
            return origin + ", shuffle seed " + shuffleSeed + ": " + describe(value);
        }
    }

    record FiniteDouble(String origin, double value) {
        @Override
        public String toString() {
            return origin + ": " + value + " (bits 0x" + Long.toHexString(Double.doubleToRawLongBits(value)) + ")";
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("jsonValues")
    void canonicalising_canonical_text_again_changes_nothing(Json c) {
        String once = JsonWriter.canonical(c.value());
        assertThat(CanonicalJson.parse(once).text()).as("%s", c).isEqualTo(once);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("jsonValues")
    void member_order_does_not_change_the_canonical_form(Json c) {
        Object shuffled = shuffleMembers(c.value(), new Random(c.shuffleSeed()));
        assertThat(JsonWriter.canonical(shuffled)).as("%s", c).isEqualTo(JsonWriter.canonical(c.value()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("jsonValues")
    void pretty_text_and_canonical_text_read_back_to_the_same_canonical_form(Json c) {
        assertThat(CanonicalJson.parse(JsonWriter.pretty(c.value()))).as("%s", c).isEqualTo(CanonicalJson.of(c.value()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("doubles")
    void every_finite_double_is_written_in_a_form_that_reads_back_to_the_same_double(FiniteDouble c) {
        String text = EcmaScriptNumbers.format(c.value());
        assertThat(Double.parseDouble(text)).as("%s written as %s", c, text).isEqualTo(c.value() == 0 ? 0.0 : c.value());
        assertThat(text).as("%s", c).doesNotContain("E").doesNotStartWith("+");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("doubles")
    void doubles_get_no_more_digits_than_the_shortest_round_trip_needs(FiniteDouble c) {
        String text = EcmaScriptNumbers.format(Math.abs(c.value()));
        String digits = text.replaceAll("e.*", "").replace(".", "").replaceAll("^0+", "").replaceAll("0+$", "");
        String javaDigits = new BigDecimal(Double.toString(Math.abs(c.value()))).stripTrailingZeros()
                .unscaledValue().toString();
        assertThat(digits.length()).as("%s written as %s, Java gives %s", c, text, Double.toString(c.value()))
                .isLessThanOrEqualTo(Math.max(1, javaDigits.length()));
    }

    static Stream<Json> jsonValues() {
        List<Object> edges = new ArrayList<>(List.of("", "a", "😂", "a😂b", "\u0000\u001f\"\\/\b\f\n\r\t\u007f\u0080",
                "\u2028\u2029\ufeff\uffff", "€", "\ufb33", "\uD800\uDC00\uDBFF\uDFFF", BigInteger.ZERO,
                BigInteger.valueOf(EcmaScriptNumbers.MAX_SAFE_INTEGER), BigInteger.valueOf(-EcmaScriptNumbers.MAX_SAFE_INTEGER),
                0.0, -0.0, Double.MIN_VALUE, -Double.MAX_VALUE, 1e21, 1e-7, Boolean.TRUE, Boolean.FALSE, JsonNull.NULL,
                new ArrayList<>(), new LinkedHashMap<>(), List.of(List.of(List.of())), List.of("", 0.5, JsonNull.NULL)));
        edges.add(object("", ""));
        edges.add(object("a", object()));
        edges.add(object("b", 1, "a", 2, "B", 3, "_", 4, "A", 5));
        // RFC 8785 section 3.2.3: UTF-16 code units put U+1F600 before U+FB33, code points would not
        edges.add(object("\ufb33", "Hebrew", "😀", "Emoji", "€", "Euro", "\r", "CR", "1", "One", "\u0080", "Control",
                "ö", "o umlaut"));
        edges.add(object("😂", object("é", List.of("😂", -0.0)), "\r", object("\ufb33", JsonNull.NULL, "", List.of())));
        List<Json> cases = new ArrayList<>();
        long[] shuffleSeeds = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE};
        for (int i = 0; i < edges.size(); i++) {
            cases.add(new Json("edge case", edges.get(i), shuffleSeeds[i % shuffleSeeds.length]));
        }
        return Stream.concat(cases.stream(), SeededGenerator.cases(SEED, JSON_TRIES,
                g -> new Json(g.origin(), topValue(g), g.nextLong())));
    }

    static Stream<FiniteDouble> doubles() {
        double[] edges = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
                Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, -Double.MAX_VALUE, Math.nextDown(Double.MAX_VALUE),
                1.0, -1.0, 0.1, 0.1 + 0.2, 1.0 / 3, -2.0 / 3, 0.5, 4.35, 4.5, 0.002, 1e21, Math.nextDown(1e21),
                Math.nextUp(1e21), 1e-6, Math.nextDown(1e-6), 1e-7, 1e23, 9.999999999999999e22, 1e30, 1e-27, 1e300,
                1e-300, 333333333.33333329, 295147905179352830000.0, 9007199254740991.0, 9007199254740992.0,
                9007199254740994.0, 0x1p63, -0x1p63, 0x1p-1022, 0x1p-1074 * 3, 123456789012345680000.0, 5e-324};
        return Stream.concat(DoubleStream.of(edges).mapToObj(d -> new FiniteDouble("edge case", d)),
                SeededGenerator.cases(SEED + 1_000, DOUBLE_TRIES, g -> new FiniteDouble(g.origin(), finiteDouble(g))));
    }

    /** A finite double: any bit pattern, a short decimal, an amount with two decimals, or a whole number. */
    private static double finiteDouble(SeededGenerator g) {
        switch (g.nextInt(4)) {
            case 0 -> {
                double value;
                do {
                    value = Double.longBitsToDouble(g.nextLong());
                } while (!Double.isFinite(value));
                return value;
            }
            case 1 -> {
                double value = Double.parseDouble(g.longBetween(-99_999_999_999_999_999L, 99_999_999_999_999_999L) + "e"
                        + g.intBetween(-340, 310));
                return Double.isFinite(value) ? value : 0.0;
            }
            case 2 -> {
                return g.longBetween(-100_000_000_000L, 100_000_000_000L) / 100.0;
            }
            default -> {
                return (double) g.longBetween(-Long.MAX_VALUE, Long.MAX_VALUE);
            }
        }
    }

    /** A JSON value at the top: as often an array or an object as a scalar, so member order comes into play. */
    private static Object topValue(SeededGenerator g) {
        return g.nextInt(3) == 0 ? value(g, 0) : value(g, 3, 3 + g.nextInt(2));
    }

    /** A JSON value nested at most {@code depth} deep: three scalars to one array to one object. */
    private static Object value(SeededGenerator g, int depth) {
        return value(g, depth, g.nextInt(5));
    }

    /** Kinds 0 to 2 are scalars, 3 an array, 4 an object. */
    private static Object value(SeededGenerator g, int depth, int kind) {
        if (depth > 0 && kind == 3) {
            List<Object> list = new ArrayList<>();
            for (int i = g.intBetween(0, 4); i > 0; i--) {
                list.add(value(g, depth - 1));
            }
            return list;
        }
        if (depth > 0 && kind == 4) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = g.intBetween(0, 4); i > 0; i--) {
                map.put(fromPieces(g, "a", "b", "A", "_", "é", "€", "😂", "1", "\r", "\ufb33"), value(g, depth - 1));
            }
            return map;
        }
        return switch (g.nextInt(5)) {
            case 0 -> anyString(g);
            case 1 -> fromPieces(g, "a", "😂", "€", "\u0080", "\u001f", "\"", "\\", "/", "\ufb33");
            case 2 -> BigInteger.valueOf(g.longBetween(-EcmaScriptNumbers.MAX_SAFE_INTEGER, EcmaScriptNumbers.MAX_SAFE_INTEGER));
            case 3 -> finiteDouble(g);
            default -> g.oneOf(Boolean.TRUE, Boolean.FALSE, JsonNull.NULL);
        };
    }

    /** Up to eight code points: controls, ASCII, Latin-1, any other BMP character or one beyond it (a surrogate pair). */
    private static String anyString(SeededGenerator g) {
        StringBuilder text = new StringBuilder();
        for (int i = g.intBetween(0, 8); i > 0; i--) {
            int codePoint = switch (g.nextInt(5)) {
                case 0 -> g.nextInt(0x20);
                case 1 -> 0x20 + g.nextInt(0x60);
                case 2 -> 0x80 + g.nextInt(0x80);
                case 3 -> {
                    int c = g.nextInt(0x10000 - 0x800);
                    yield c < 0xd800 ? c : c + 0x800; // no lone surrogates: they are not I-JSON
                }
                default -> 0x10000 + g.nextInt(0x100000);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    /** Up to four pieces joined, so surrogate pairs stay whole. */
    private static String fromPieces(SeededGenerator g, String... pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = g.intBetween(0, 4); i > 0; i--) {
            text.append(g.oneOf(pieces));
        }
        return text.toString();
    }

    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
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

    /** The value as Java-escaped text (every character outside printable ASCII as \\uXXXX), for failure messages. */
    static String describe(Object value) {
        if (value instanceof String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char ch : s.toCharArray()) {
                out.append(ch >= 0x20 && ch < 0x7f && ch != '"' && ch != '\\' ? String.valueOf(ch)
                        : String.format("\\u%04x", (int) ch));
            }
            return out.append('"').toString();
        }
        if (value instanceof Map<?, ?> map) {
            List<String> members = new ArrayList<>();
            map.forEach((name, member) -> members.add(describe(name) + ":" + describe(member)));
            return "{" + String.join(",", members) + "}";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CanonicalizationPropertiesTest::describe).toList().toString();
        }
        if (value instanceof Double d) {
            return d + "d";
        }
        return String.valueOf(value);
    }
}
