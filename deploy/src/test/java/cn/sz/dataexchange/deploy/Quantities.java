package cn.sz.dataexchange.deploy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes resource quantities and Spring durations, as far as the deploy files use them. */
final class Quantities {

    private static final Pattern QUANTITY = Pattern.compile("([0-9.]+)([a-zA-Z]*)");
    private static final Map<String, BigDecimal> SUFFIXES = Map.of(
            "", BigDecimal.ONE, "m", new BigDecimal("0.001"),
            "k", BigDecimal.valueOf(1000), "M", BigDecimal.valueOf(1000_000), "G", BigDecimal.valueOf(1000_000_000),
            "Ki", BigDecimal.valueOf(1L << 10), "Mi", BigDecimal.valueOf(1L << 20), "Gi", BigDecimal.valueOf(1L << 30));

    private Quantities() {
    }

    static BigDecimal of(Object quantity) {
        Matcher m = QUANTITY.matcher(String.valueOf(quantity));
        if (!m.matches() || !SUFFIXES.containsKey(m.group(2))) {
            throw new AssertionError("not a quantity this test knows: " + quantity);
        }
        return new BigDecimal(m.group(1)).multiply(SUFFIXES.get(m.group(2)));
    }

    /** "30s", "1m", "500ms" or an ISO-8601 duration, as Spring reads them. */
    static Duration duration(String value) {
        Matcher m = Pattern.compile("(\\d+)(ms|s|m|h)?").matcher(value.trim());
        if (!m.matches()) {
            return Duration.parse(value);
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "ms" : m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofMillis(amount);
        };
    }
}
