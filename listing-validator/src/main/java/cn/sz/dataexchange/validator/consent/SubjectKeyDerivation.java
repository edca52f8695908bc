package cn.sz.dataexchange.validator.consent;

import cn.sz.dataexchange.validator.model.SubjectIdentifierKind;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;

/**
 * Derives subject keys: HMAC-SHA256, keyed with the seller organisation's secret, over the UTF-8
 * bytes of the normalised raw identifier. The exchange's consent import and the validator must
 * use this one class so that keys match. Thread-safe.
 */
public final class SubjectKeyDerivation {

    private static final String ALGORITHM = "HmacSHA256";

    private final ThreadLocal<Mac> macs;

    public SubjectKeyDerivation(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("the subject key secret must have at least 16 bytes");
        }
        SecretKeySpec key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.macs = ThreadLocal.withInitial(() -> newMac(key));
    }

    /** Normalises {@code raw} for its kind and keys it. */
    public SubjectKey derive(SubjectIdentifierKind kind, String raw) {
        return keyOf(normalise(kind, raw).getBytes(StandardCharsets.UTF_8));
    }

    /** Keys bytes that are already normalised. */
    public SubjectKey keyOf(byte[] normalised) {
        return SubjectKey.fromBytes(macs.get().doFinal(normalised));
    }

    /**
     * The normalisation applied before keying: whitespace and separators removed; resident IDs and
     * passports upper-cased; mobile numbers without a +86/0086/86 prefix; e-mail lower-cased.
     */
    public static String normalise(SubjectIdentifierKind kind, String raw) {
        String s = raw.strip();
        return switch (kind) {
            case RESIDENT_ID, PASSPORT -> withoutSeparators(s).toUpperCase(Locale.ROOT);
            case MOBILE -> withoutCountryCode(withoutSeparators(s));
            case EMAIL -> s.toLowerCase(Locale.ROOT);
            case OTHER -> s;
        };
    }

    private static String withoutSeparators(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '-' && c != '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String withoutCountryCode(String s) {
        if (s.startsWith("+86") && s.length() == 14) {
            return s.substring(3);
        }
        if (s.startsWith("0086") && s.length() == 15) {
            return s.substring(4);
        }
        if (s.startsWith("86") && s.length() == 13) {
            return s.substring(2);
        }
        return s;
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
