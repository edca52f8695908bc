package cn.sz.dataexchange.validator.identifiers;

import java.nio.charset.StandardCharsets;

/**
 * Masks identifiers for reports and scan output: only a few leading and trailing characters
 * survive. A number in a written form ({@code +86 138 1234 5678}, full-width digits) keeps its
 * form: separators, prefix symbols and the country code stay, the hidden digits become {@code *}.
 */
public final class Masking {

    private Masking() {
    }

    public static String mask(IdentifierKind kind, byte[] buf, int start, int end) {
        if (kind == IdentifierKind.EMAIL || kind == IdentifierKind.PLATE) {
            return mask(kind, new String(buf, start, end - start, StandardCharsets.UTF_8));
        }
        if (!isPlain(buf, start, end)) {
            return maskWritten(kind, new String(buf, start, end - start, StandardCharsets.UTF_8));
        }
        int n = end - start;
        int first = Math.min(kind.keepFirst(), n / 2);
        int last = Math.max(0, Math.min(kind.keepLast(), n - first - 1));
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = i < first || i >= n - last ? buf[start + i] : (byte) '*';
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes the masked form of an ASCII identifier (every kind but e-mail and plate) into
     * {@code out} at {@code pos}; returns the new position.
     */
    public static int maskAsciiInto(IdentifierKind kind, byte[] buf, int start, int end, byte[] out, int pos) {
        int n = end - start;
        int first = Math.min(kind.keepFirst(), n / 2);
        int last = Math.max(0, Math.min(kind.keepLast(), n - first - 1));
        for (int i = 0; i < n; i++) {
            out[pos + i] = i < first || i >= n - last ? buf[start + i] : (byte) '*';
        }
        return pos + n;
    }

    /** Whether {@code buf[start, end)} is a plain run of ASCII letters and digits. */
    public static boolean isPlain(byte[] buf, int start, int end) {
        for (int i = start; i < end; i++) {
            byte c = buf[i];
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Masks the digits (and X) of a written number, counting only them; a mobile number's country
     * code ({@code 86}, {@code 0086}) stays visible and the national number is masked as usual.
     */
    static String maskWritten(IdentifierKind kind, String value) {
        int[] cps = value.codePoints().toArray();
        int significant = 0;
        for (int cp : cps) {
            if (isSignificant(cp)) {
                significant++;
            }
        }
        int country = kind == IdentifierKind.MOBILE && significant > 11 ? significant - 11 : 0;
        int n = significant - country;
        int first = Math.min(kind.keepFirst(), n / 2);
        int last = Math.max(0, Math.min(kind.keepLast(), n - first - 1));
        StringBuilder out = new StringBuilder(cps.length);
        int index = -country;
        for (int cp : cps) {
            if (!isSignificant(cp)) {
                out.appendCodePoint(cp);
                continue;
            }
            boolean keep = index < first || index >= n - last;
            out.appendCodePoint(keep ? cp : '*');
            index++;
        }
        return out.toString();
    }

    private static boolean isSignificant(int cp) {
        return cp >= '0' && cp <= '9' || cp >= 0xFF10 && cp <= 0xFF19 || cp == 'X' || cp == 'x' || cp == 0xFF38 || cp == 0xFF58;
    }

    public static String mask(IdentifierKind kind, String value) {
        if (kind == IdentifierKind.EMAIL) {
            int at = value.indexOf('@');
            if (at > 0) {
                return value.charAt(0) + "***" + value.substring(at);
            }
        }
        int[] cps = value.codePoints().toArray();
        int first = Math.min(kind.keepFirst(), cps.length / 2);
        int last = Math.min(kind.keepLast(), cps.length - first - 1);
        StringBuilder out = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) {
            if (i < first || i >= cps.length - Math.max(last, 0)) {
                out.appendCodePoint(cps[i]);
            } else {
                out.append('*');
            }
        }
        return out.toString();
    }
}
