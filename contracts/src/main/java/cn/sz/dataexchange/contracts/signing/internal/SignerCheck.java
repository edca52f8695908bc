package cn.sz.dataexchange.contracts.signing.internal;

import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.BAD_SIGNATURE;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.KEY_ALGORITHM_MISMATCH;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.KEY_NOT_YET_REGISTERED;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.KEY_REVOKED;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.MALFORMED_JWS;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.SIGNING_TIME_IN_FUTURE;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.SIGNING_TIME_TOO_EARLY;
import static cn.sz.dataexchange.contracts.signing.SignatureProblem.Code.UNKNOWN_KEY;

import cn.sz.dataexchange.contracts.signing.KeyDirectory;
import cn.sz.dataexchange.contracts.signing.RegisteredKey;
import cn.sz.dataexchange.contracts.signing.SignatureProblem;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that a parsed JWS was signed by a registered key: the key exists, suits the algorithm,
 * verifies the signature, was in force at the signing time, and the signing time is plausible
 * (not after now + skew, not before the earliest time the document could have been signed - skew).
 */
public final class SignerCheck {

    private final KeyDirectory keys;
    private final Instant now;
    private final Duration skew;
    private final Set<String> verifiedHere;

    public SignerCheck(KeyDirectory keys, Instant now, Duration skew) {
        this(keys, now, skew, Set.of());
    }

    /**
     * {@code verifiedHere}: compact JWS whose signature the caller itself verified or made moments
     * before; their cryptographic check is not repeated, every other check is.
     */
    public SignerCheck(KeyDirectory keys, Instant now, Duration skew, Set<String> verifiedHere) {
        this.keys = keys;
        this.now = now;
        this.skew = skew;
        this.verifiedHere = Set.copyOf(verifiedHere);
    }

    public Step<RegisteredKey> check(ParsedJws jws, Instant earliestSigningTime) {
        Optional<RegisteredKey> found = keys.findByKid(jws.kid());
        if (found.isEmpty()) {
            return Step.failed(jws.index(), jws.kid(), UNKNOWN_KEY, "no key with this kid is registered");
        }
        RegisteredKey key = found.get();
        JWK jwk;
        try {
            jwk = JWK.parse(key.publicJwkJson());
        } catch (ParseException e) {
            return Step.failed(jws.index(), jws.kid(), UNKNOWN_KEY, "the registered key is not a readable JWK");
        }
        if (JoseKeys.algorithmOf(jwk).filter(jws.algorithm()::equals).isEmpty()) {
            return Step.failed(jws.index(), jws.kid(), KEY_ALGORITHM_MISMATCH, "\"alg\" " + jws.algorithm().joseName()
                    + " does not suit the registered key (kty " + jwk.getKeyType() + ")");
        }
        Step<Boolean> verified = verifiedHere.contains(jws.compact()) ? Step.ok(true) : verify(jws, jwk);
        if (verified instanceof Step.Failed<Boolean> failed) {
            return new Step.Failed<>(failed.problems());
        }
        List<SignatureProblem> problems = timeProblems(jws, key, earliestSigningTime);
        return problems.isEmpty() ? Step.ok(key) : new Step.Failed<>(problems);
    }

    private Step<Boolean> verify(ParsedJws jws, JWK jwk) {
        String[] parts = jws.compact().split("\\.", -1);
        byte[] signingInput = (parts[0] + "." + Base64URL.encode(jws.payload())).getBytes(StandardCharsets.US_ASCII);
        try {
            JWSHeader header = JWSHeader.parse(new Base64URL(parts[0]));
            boolean valid = JoseKeys.verifierFor(jwk).verify(header, signingInput, new Base64URL(parts[2]));
            return valid ? Step.ok(true)
                    : Step.failed(jws.index(), jws.kid(), BAD_SIGNATURE, "the signature does not verify over these bytes");
        } catch (ParseException e) {
            return Step.failed(jws.index(), jws.kid(), MALFORMED_JWS, "the protected header is not a JWS header");
        } catch (JOSEException | RuntimeException e) {
            return Step.failed(jws.index(), jws.kid(), BAD_SIGNATURE, "the signature cannot be checked: " + e.getMessage());
        }
    }

    private List<SignatureProblem> timeProblems(ParsedJws jws, RegisteredKey key, Instant earliestSigningTime) {
        List<SignatureProblem> problems = new ArrayList<>();
        Instant signedAt = jws.signedAt();
        if (signedAt.isBefore(key.registeredAt())) {
            problems.add(SignatureProblem.of(jws.index(), jws.kid(), KEY_NOT_YET_REGISTERED,
                    "signed at " + signedAt + ", before the key was registered at " + key.registeredAt()));
        }
        if (key.revokedAt() != null && !signedAt.isBefore(key.revokedAt())) {
            problems.add(SignatureProblem.of(jws.index(), jws.kid(), KEY_REVOKED,
                    "signed at " + signedAt + ", the key was revoked at " + key.revokedAt()));
        }
        if (signedAt.isAfter(now.plus(skew))) {
            problems.add(SignatureProblem.of(jws.index(), jws.kid(), SIGNING_TIME_IN_FUTURE,
                    "signed at " + signedAt + ", later than now (" + now + ") plus " + skew.toSeconds() + " s"));
        }
        if (signedAt.isBefore(earliestSigningTime.minus(skew))) {
            problems.add(SignatureProblem.of(jws.index(), jws.kid(), SIGNING_TIME_TOO_EARLY,
                    "signed at " + signedAt + ", before the document existed (" + earliestSigningTime + ")"));
        }
        return problems;
    }
}
