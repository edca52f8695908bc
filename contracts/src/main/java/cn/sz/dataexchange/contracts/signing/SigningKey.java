package cn.sz.dataexchange.contracts.signing;

import cn.sz.dataexchange.contracts.signing.internal.JoseKeys;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;

/**
 * A party's private signing key as a JWK (EC P-256 or OKP Ed25519) with a key id. The key id is
 * the one registered with the exchange; {@link KeyGeneration} sets it to the RFC 7638 thumbprint.
 */
public final class SigningKey {

    private final JWK jwk;
    private final SigningAlgorithm algorithm;

    private SigningKey(JWK jwk, SigningAlgorithm algorithm) {
        this.jwk = jwk;
        this.algorithm = algorithm;
    }

    /** Reads a private JWK; throws {@link IllegalArgumentException} saying what is wrong with it. */
    public static SigningKey parse(String privateJwkJson) {
        JWK jwk;
        try {
            jwk = JWK.parse(privateJwkJson);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("not a JWK: " + e.getMessage());
        }
        return of(jwk);
    }

    static SigningKey of(JWK jwk) {
        if (!jwk.isPrivate()) {
            throw new IllegalArgumentException("the JWK has no private part (\"d\"): a public key cannot sign");
        }
        SigningAlgorithm algorithm = JoseKeys.algorithmOf(jwk).orElseThrow(() ->
                new IllegalArgumentException("only EC P-256 (ES256) and OKP Ed25519 (EdDSA) keys are accepted"));
        if (jwk.getKeyID() == null || jwk.getKeyID().isBlank()) {
            throw new IllegalArgumentException("the JWK has no \"kid\": use the key id registered with the exchange");
        }
        return new SigningKey(jwk, algorithm);
    }

    public String kid() {
        return jwk.getKeyID();
    }

    public SigningAlgorithm algorithm() {
        return algorithm;
    }

    /** The public half, as JSON, to register with the exchange. */
    public String publicJwkJson() {
        return jwk.toPublicJWK().toJSONString();
    }

    /** The full private JWK, as JSON, to keep in a file only its owner can read. */
    public String privateJwkJson() {
        return jwk.toJSONString();
    }

    JWSSigner signer() {
        try {
            return JoseKeys.signerFor(jwk);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the key cannot sign: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "SigningKey[" + algorithm.joseName() + ", kid=" + kid() + "]";
    }
}
