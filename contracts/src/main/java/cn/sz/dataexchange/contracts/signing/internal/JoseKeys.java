package cn.sz.dataexchange.contracts.signing.internal;

import cn.sz.dataexchange.contracts.signing.SigningAlgorithm;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.util.Optional;

/** Which algorithm a JWK is for, and the signer or verifier that goes with it. */
public final class JoseKeys {

    private JoseKeys() {
    }

    /** ES256 for an EC P-256 key, EdDSA for an OKP Ed25519 key, empty for anything else. */
    public static Optional<SigningAlgorithm> algorithmOf(JWK jwk) {
        if (jwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            return Optional.of(SigningAlgorithm.ES256);
        }
        if (jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
            return Optional.of(SigningAlgorithm.EDDSA);
        }
        return Optional.empty();
    }

    public static JWSSigner signerFor(JWK privateJwk) throws JOSEException {
        if (!privateJwk.isPrivate()) {
            throw new JOSEException("the key has no private part");
        }
        SigningAlgorithm algorithm = algorithmOf(privateJwk)
                .orElseThrow(() -> new JOSEException("only EC P-256 and OKP Ed25519 keys can sign"));
        return switch (algorithm) {
            case ES256 -> new ECDSASigner((ECKey) privateJwk);
            case EDDSA -> new JdkEd25519Signer(((OctetKeyPair) privateJwk).getD().decode());
        };
    }

    public static JWSVerifier verifierFor(JWK publicJwk) throws JOSEException {
        SigningAlgorithm algorithm = algorithmOf(publicJwk)
                .orElseThrow(() -> new JOSEException("only EC P-256 and OKP Ed25519 keys can verify"));
        return switch (algorithm) {
            case ES256 -> new ECDSAVerifier(((ECKey) publicJwk).toPublicJWK());
            case EDDSA -> new JdkEd25519Verifier(((OctetKeyPair) publicJwk).getX().decode());
        };
    }
}
