package cn.sz.dataexchange.contracts.signing;

import com.nimbusds.jose.JWSAlgorithm;
import java.util.Arrays;
import java.util.Optional;

/** The only JWS algorithms the exchange accepts: ES256 over P-256 keys and EdDSA over Ed25519 keys. */
public enum SigningAlgorithm {
    ES256(JWSAlgorithm.ES256, "EC", "P-256"),
    EDDSA(JWSAlgorithm.EdDSA, "OKP", "Ed25519");

    private final JWSAlgorithm jose;
    private final String keyType;
    private final String curve;

    SigningAlgorithm(JWSAlgorithm jose, String keyType, String curve) {
        this.jose = jose;
        this.keyType = keyType;
        this.curve = curve;
    }

    /** The "alg" header value. */
    public String joseName() {
        return jose.getName();
    }

    public JWSAlgorithm jose() {
        return jose;
    }

    /** The JWK "kty" this algorithm needs. */
    public String keyType() {
        return keyType;
    }

    /** The JWK "crv" this algorithm needs. */
    public String curve() {
        return curve;
    }

    /** Exact, case-sensitive match of the "alg" header value; "none" and every other algorithm give empty. */
    public static Optional<SigningAlgorithm> fromJoseName(String name) {
        return Arrays.stream(values()).filter(a -> a.joseName().equals(name)).findFirst();
    }

    public static Optional<SigningAlgorithm> forKey(String keyType, String curve) {
        return Arrays.stream(values()).filter(a -> a.keyType.equals(keyType) && a.curve.equals(curve)).findFirst();
    }
}
