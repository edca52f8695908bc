package cn.sz.dataexchange.contracts.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A SHA-256 digest, held as 64 lower-case hex digits, also shown as unpadded base64url. */
public record Sha256Digest(String hex) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public Sha256Digest {
        if (hex == null || !HEX64.matcher(hex).matches()) {
            throw new IllegalArgumentException("a SHA-256 digest is 64 lower-case hex digits");
        }
    }

    /** Accepts upper or lower case hex; false for anything else. */
    public static boolean isHex(String text) {
        return text != null && HEX64.matcher(text.toLowerCase(java.util.Locale.ROOT)).matches();
    }

    public static Sha256Digest ofHex(String text) {
        return new Sha256Digest(text.toLowerCase(java.util.Locale.ROOT));
    }

    public static Sha256Digest of(byte[] bytes) {
        return new Sha256Digest(HexFormat.of().formatHex(newDigest().digest(bytes)));
    }

    public static Sha256Digest of(String utf8) {
        return of(utf8.getBytes(StandardCharsets.UTF_8));
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    public String base64Url() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes());
    }

    @Override
    public String toString() {
        return "sha256:" + hex;
    }
}
