package cn.sz.dataexchange.contracts.signing;

import cn.sz.dataexchange.contracts.drafting.OrganisationInput;
import cn.sz.dataexchange.contracts.model.OrgId;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Map;
import cn.sz.dataexchange.contracts.json.JsonWriter;
import cn.sz.dataexchange.contracts.signing.internal.JoseKeys;

/** Keys for the test parties, generated once, and a way to forge JWS with any header. */
public final class TestKeys {

    public static final SigningKey SELLER_ES256 = KeyGeneration.generate(SigningAlgorithm.ES256);
    public static final SigningKey BUYER_EDDSA = KeyGeneration.generate(SigningAlgorithm.EDDSA);
    public static final SigningKey BUYER_ES256 = KeyGeneration.generate(SigningAlgorithm.ES256);
    public static final SigningKey EXCHANGE_EDDSA = KeyGeneration.generate(SigningAlgorithm.EDDSA);
    public static final SigningKey STRANGER_ES256 = KeyGeneration.generate(SigningAlgorithm.ES256);

    public static final Instant REGISTERED_AT = Instant.parse("2026-01-01T00:00:00Z");

    private TestKeys() {
    }

    public static RegisteredKey registered(SigningKey key, OrganisationInput owner) {
        return registered(key, owner, REGISTERED_AT, null);
    }

    public static RegisteredKey registered(SigningKey key, OrganisationInput owner, Instant registeredAt, Instant revokedAt) {
        return new RegisteredKey(key.kid(), new OrgId(owner.orgId()), key.publicJwkJson(), registeredAt, revokedAt);
    }

    /** A compact JWS with exactly this header, signed by the key's own algorithm over header.payload. */
    public static String forge(Map<String, Object> header, byte[] payload, SigningKey key, boolean detached) {
        String headerPart = Base64URL.encode(JsonWriter.canonical(header).getBytes(StandardCharsets.UTF_8)).toString();
        String payloadPart = Base64URL.encode(payload).toString();
        try {
            JWSSigner signer = JoseKeys.signerFor(JWK.parse(key.privateJwkJson()));
            JWSHeader parsed = new JWSHeader.Builder(key.algorithm().jose()).build();
            Base64URL signature = signer.sign(parsed, (headerPart + "." + payloadPart).getBytes(StandardCharsets.US_ASCII));
            return headerPart + "." + (detached ? "" : payloadPart) + "." + signature;
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
