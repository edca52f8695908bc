package cn.sz.dataexchange.contracts.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number text as RFC 8785 section 3.2.2.3 requires: ECMAScript {@code Number.prototype.toString}
 * of an IEEE-754 double (shortest digits that round-trip, nearest to the exact value), and exact
 * integers within the range a double holds without loss.
 */
public final class EcmaScriptNumbers {

    /** ECMAScript {@code Number.MAX_SAFE_INTEGER}: 2^53 - 1. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private static final BigInteger MAX_SAFE = BigInteger.valueOf(MAX_SAFE_INTEGER);
    private static final RoundingMode[] CANDIDATES = {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING};

    private EcmaScriptNumbers() {
    }

    /** Formats any supported Java number; integers beyond 2^53 - 1 are refused, never rounded. */
    public static String format(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return formatInteger(BigInteger.valueOf(number.longValue()));
        }
        if (number instanceof BigInteger big) {
            return formatInteger(big);
        }
        if (number instanceof BigDecimal decimal) {
            return format(decimal.doubleValue());
        }
        if (number instanceof Double || number instanceof Float) {
            return format(number.doubleValue());
        }
        throw new MalformedJsonException("unsupported number type " + number.getClass().getName());
    }

    /**
     * Integers up to 2^53 - 1 are written exactly. A larger one is accepted only when its text already
     * is the ECMAScript form of a double (as canonical output of large doubles is, e.g. 1e21 written
     * out); any other would be silently rounded by every JCS implementation, so it is refused.
     */
    static String formatInteger(BigInteger value) {
        String text = value.toString();
        if (value.abs().compareTo(MAX_SAFE) <= 0) {
            return text;
        }
        double nearest = value.doubleValue();
        if (Double.isFinite(nearest) && format(nearest).equals(text)) {
            return text;
        }
        throw new MalformedJsonException("integer " + value + " is beyond 2^53-1 and an IEEE-754 double would round it"
                + " (RFC 8785 section 3.2.2.3); send it as a string");
    }

    /** ECMAScript Number::toString(x) for a finite double; -0 becomes "0". */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new MalformedJsonException("NaN and Infinity have no JSON form (RFC 8785 section 3.2.2.3)");
        }
        if (value == 0) {
            return "0";
        }
        String sign = value < 0 ? "-" : "";
        BigDecimal shortest = shortestRoundTrip(Math.abs(value)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        return sign + layout(digits, k, n);
    }

    /** The fewest significant digits that read back as {@code value}; among those, the nearest. */
    private static BigDecimal shortestRoundTrip(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : CANDIDATES) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (candidate.doubleValue() == value && (best == null || closer(candidate, best, exact))) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        throw new IllegalStateException("17 digits always round-trip a double");
    }

    private static boolean closer(BigDecimal candidate, BigDecimal best, BigDecimal exact) {
        return candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0;
    }

    /** Steps 6 to 10 of ECMA-262 Number::toString with digits s (k of them) and exponent n. */
    private static String layout(String s, int k, int n) {
        if (k <= n && n <= 21) {
            return s + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return s.substring(0, n) + "." + s.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + s;
        }
        int exponent = n - 1;
        String exponentText = (exponent < 0 ? "-" : "+") + Math.abs(exponent);
        if (k == 1) {
            return s + "e" + exponentText;
        }
        return s.charAt(0) + "." + s.substring(1) + "e" + exponentText;
    }
}
