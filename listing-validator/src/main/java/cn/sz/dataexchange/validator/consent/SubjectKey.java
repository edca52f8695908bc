package cn.sz.dataexchange.validator.consent;

import java.util.HexFormat;

/**
 * A data subject's pseudonymous key: the 32 bytes of HMAC-SHA256 over a normalised identifier,
 * held as four longs so that it compares by value and costs no array. Written as 64 lower-case hex characters.
 */
public record SubjectKey(long w0, long w1, long w2, long w3) {

    private static final HexFormat HEX = HexFormat.of();

    public static SubjectKey fromBytes(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a subject key has 32 bytes, not " + bytes.length);
        }
        return new SubjectKey(word(bytes, 0), word(bytes, 8), word(bytes, 16), word(bytes, 24));
    }

    /** Parses 64 hex characters; throws IllegalArgumentException on anything else. */
    public static SubjectKey fromHex(CharSequence hex) {
        if (hex.length() != 64) {
            throw new IllegalArgumentException("a subject key is 64 hex characters, not " + hex.length());
        }
        return fromBytes(HEX.parseHex(hex));
    }

    public byte[] toBytes() {
        byte[] out = new byte[32];
        put(out, 0, w0);
        put(out, 8, w1);
        put(out, 16, w2);
        put(out, 24, w3);
        return out;
    }

    public String toHex() {
        return HEX.formatHex(toBytes());
    }

    /**
     * Mixes all four words: derived keys are random, but keys a seller supplies need not be, and
     * keys sharing a word must not share a hash bucket.
     */
    @Override
    public int hashCode() {
        long h = w0 * 0x9E3779B97F4A7C15L + w1;
        h = h * 0x9E3779B97F4A7C15L + w2;
        h = h * 0x9E3779B97F4A7C15L + w3;
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public String toString() {
        return toHex();
    }

    private static long word(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    private static void put(byte[] b, int off, long v) {
        for (int i = 7; i >= 0; i--) {
            b[off + i] = (byte) v;
            v >>>= 8;
        }
    }
}
