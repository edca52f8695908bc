package cn.sz.dataexchange.contracts.signing;

import cn.sz.dataexchange.contracts.signing.internal.Ed25519Keys;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;

/** Generates a fresh signing key whose key id is its RFC 7638 JWK thumbprint. */
public final class KeyGeneration {

    private KeyGeneration() {
    }

    public static SigningKey generate(SigningAlgorithm algorithm) {
        try {
            JWK jwk = switch (algorithm) {
                case ES256 -> new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE)
                        .algorithm(algorithm.jose()).keyIDFromThumbprint(true).generate();
                case EDDSA -> ed25519();
            };
            return SigningKey.of(jwk);
        } catch (JOSEException | GeneralSecurityException e) {
            throw new IllegalStateException("key generation failed: " + e.getMessage(), e);
        }
    }

    private static JWK ed25519() throws GeneralSecurityException, JOSEException {
        byte[][] raw = Ed25519Keys.generateRaw();
        OctetKeyPair withoutKid = new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(raw[0]))
                .d(Base64URL.encode(raw[1])).keyUse(KeyUse.SIGNATURE).algorithm(SigningAlgorithm.EDDSA.jose()).build();
        return new OctetKeyPair.Builder(withoutKid).keyIDFromThumbprint().build();
    }
}
