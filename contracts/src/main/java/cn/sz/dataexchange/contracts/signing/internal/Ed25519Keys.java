package cn.sz.dataexchange.contracts.signing.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Moves Ed25519 keys between the raw 32-byte JWK form (RFC 8037) and the JDK's own key objects, by
 * the fixed DER prefixes of RFC 8410. No third-party crypto involved.
 */
public final class Ed25519Keys {

    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");
    static final int KEY_LENGTH = 32;

    private Ed25519Keys() {
    }

    public static PublicKey publicKey(byte[] x) throws GeneralSecurityException {
        requireLength(x);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, x)));
    }

    public static PrivateKey privateKey(byte[] d) throws GeneralSecurityException {
        requireLength(d);
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, d)));
    }

    /** A fresh key pair as raw {x, d}. */
    public static byte[][] generateRaw() throws GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] x = tail(pair.getPublic().getEncoded(), X509_PREFIX);
        byte[] d = tail(pair.getPrivate().getEncoded(), PKCS8_PREFIX);
        return new byte[][] {x, d};
    }

    private static byte[] tail(byte[] encoded, byte[] prefix) throws GeneralSecurityException {
        if (encoded.length != prefix.length + KEY_LENGTH
                || !Arrays.equals(Arrays.copyOf(encoded, prefix.length), prefix)) {
            throw new GeneralSecurityException("unexpected Ed25519 key encoding from the JDK");
        }
        return Arrays.copyOfRange(encoded, prefix.length, encoded.length);
    }

    private static void requireLength(byte[] raw) throws GeneralSecurityException {
        if (raw == null || raw.length != KEY_LENGTH) {
            throw new GeneralSecurityException("an Ed25519 key is 32 bytes");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
