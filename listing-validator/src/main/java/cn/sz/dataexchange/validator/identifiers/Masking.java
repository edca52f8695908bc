package cn.sz.dataexchange.validator.identifiers;

import java.nio.charset.StandardCharsets;

/** Masks identifiers for reports and scan output: only a few leading and trailing characters survive (all but e-mail and plates are ASCII). */
public final class Masking {

    private Masking() {
    }

    public static String mask(IdentifierKind kind, byte[] buf, int start, int end) {
        if (kind == IdentifierKind.EMAIL || kind == IdentifierKind.PLATE) {
            return mask(kind, new String(buf, start, end - start, StandardCharsets.UTF_8));
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
