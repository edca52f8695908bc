package cn.sz.dataexchange.contracts.signing;

import cn.sz.dataexchange.contracts.signing.internal.JoseKeys;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.util.Optional;

/**
 * For key registration: whether a submitted JWK is a public key the exchange accepts, its key id
 * (the RFC 7638 thumbprint, which must equal "kid" when one is given) and the algorithm it signs with.
 */
public final class PublicKeyCheck {

    private PublicKeyCheck() {
    }

    public sealed interface Verdict {
        /** @param publicJwkJson the key as it should be stored: public members only */
        record Accepted(String kid, SigningAlgorithm algorithm, String publicJwkJson) implements Verdict {
        }

        record Rejected(String reason) implements Verdict {
        }
    }

    public static Verdict check(String jwkJson) {
        JWK jwk;
        try {
            jwk = JWK.parse(jwkJson);
        } catch (ParseException | RuntimeException e) {
            return new Verdict.Rejected("not a JWK: " + e.getMessage());
        }
        if (jwk.isPrivate()) {
            return new Verdict.Rejected("the JWK holds a private part (\"d\"); register the public key only");
        }
        Optional<SigningAlgorithm> algorithm = JoseKeys.algorithmOf(jwk);
        if (algorithm.isEmpty()) {
            return new Verdict.Rejected("only EC P-256 (ES256) and OKP Ed25519 (EdDSA) keys are accepted");
        }
        if (jwk.getAlgorithm() != null && !jwk.getAlgorithm().getName().equals(algorithm.get().joseName())) {
            return new Verdict.Rejected("\"alg\" " + jwk.getAlgorithm() + " does not suit the key");
        }
        try {
            JoseKeys.verifierFor(jwk);
            String thumbprint = jwk.computeThumbprint().toString();
            if (jwk.getKeyID() != null && !jwk.getKeyID().equals(thumbprint)) {
                return new Verdict.Rejected("\"kid\" must be the key's RFC 7638 SHA-256 thumbprint " + thumbprint);
            }
            return new Verdict.Accepted(thumbprint, algorithm.get(), jwk.toPublicJWK().toJSONString());
        } catch (JOSEException | RuntimeException e) {
            return new Verdict.Rejected("not a usable key: " + e.getMessage());
        }
    }
}
