package cn.sz.dataexchange.contracts.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The RFC 8785 canonical UTF-8 bytes of a JSON value, with their SHA-256 digest. */
public final class CanonicalJson {

    private final byte[] bytes;
    private final Sha256Digest digest;

    private CanonicalJson(byte[] bytes) {
        this.bytes = bytes;
        this.digest = Sha256Digest.of(bytes);
    }

    /** Canonicalises a plain value tree (maps, lists, strings, numbers, booleans, nulls). */
    public static CanonicalJson of(Object value) {
        return new CanonicalJson(JsonWriter.canonical(value).getBytes(StandardCharsets.UTF_8));
    }

    /** Parses strictly and canonicalises JSON text. */
    public static CanonicalJson parse(String json) {
        return of(JsonParser.parse(json));
    }

    public byte[] bytes() {
        return Arrays.copyOf(bytes, bytes.length);
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public Sha256Digest digest() {
        return digest;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CanonicalJson that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CanonicalJson[" + digest + "]";
    }
}
