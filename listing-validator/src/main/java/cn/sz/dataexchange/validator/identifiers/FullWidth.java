package cn.sz.dataexchange.validator.identifiers;

/**
 * Full-width forms (U+FF01-U+FF5E) in UTF-8: three bytes {@code EF BC xx} or {@code EF BD xx}.
 * Digits are U+FF10-U+FF19 ({@code EF BC 90-99}), Latin capitals U+FF21-U+FF3A
 * ({@code EF BC A1-BA}), small letters U+FF41-U+FF5A ({@code EF BD 81-9A}).
 */
final class FullWidth {

    private FullWidth() {
    }

    /** The value of the full-width digit at {@code p} (three bytes before {@code to}), or -1. */
    static int digitAt(byte[] b, int p, int to) {
        if (p + 2 >= to || b[p] != (byte) 0xEF || b[p + 1] != (byte) 0xBC) {
            return -1;
        }
        int d = (b[p + 2] & 0xFF) - 0x90;
        return d >= 0 && d <= 9 ? d : -1;
    }

    /** Whether a full-width Latin letter starts at {@code p}. */
    static boolean letterAt(byte[] b, int p, int to) {
        if (p + 2 >= to || b[p] != (byte) 0xEF) {
            return false;
        }
        int third = b[p + 2] & 0xFF;
        return b[p + 1] == (byte) 0xBC && third >= 0xA1 && third <= 0xBA
                || b[p + 1] == (byte) 0xBD && third >= 0x81 && third <= 0x9A;
    }

    /** Whether the full-width form {@code EF second third} starts at {@code p} (three bytes before {@code to}). */
    static boolean is(byte[] b, int p, int to, byte second, byte third) {
        return p >= 0 && p + 2 < to && b[p] == (byte) 0xEF && b[p + 1] == second && b[p + 2] == third;
    }
}
