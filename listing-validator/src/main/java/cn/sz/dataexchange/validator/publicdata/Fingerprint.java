package cn.sz.dataexchange.validator.publicdata;

import java.util.HexFormat;

/** The 32-byte keyed hash of one record, held as four longs; written as 64 hex characters. */
public record Fingerprint(long w0, long w1, long w2, long w3) {

    private static final HexFormat HEX = HexFormat.of();

    public static Fingerprint fromBytes(byte[] b) {
        if (b.length != 32) {
            throw new IllegalArgumentException("a fingerprint has 32 bytes, not " + b.length);
        }
        return new Fingerprint(word(b, 0), word(b, 8), word(b, 16), word(b, 24));
    }

    public static Fingerprint fromHex(CharSequence hex) {
        if (hex.length() != 64) {
            throw new IllegalArgumentException("a fingerprint is 64 hex characters, not " + hex.length());
        }
        return fromBytes(HEX.parseHex(hex));
    }

    public String toHex() {
        return String.format("%016x%016x%016x%016x", w0, w1, w2, w3);
    }

    private static long word(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }
}
