package cn.sz.dataexchange.contracts.signing;

import cn.sz.dataexchange.contracts.json.CanonicalJson;
import cn.sz.dataexchange.contracts.signing.internal.JoseKeys;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.time.Instant;

/**
 * Signs and verifies a document the exchange issues (an enforcement decision, for instance) the
 * way contracts are signed (ADR 0031): a JWS with detached payload over the document's RFC 8785
 * canonical bytes, its header naming the document kind, the SHA-256 of the bytes and the signing time.
 */
public final class DocumentSigning {

    private DocumentSigning() {
    }

    /** The compact JWS with an empty payload part; {@code signedAt} becomes "iat" (whole seconds). */
    public static String sign(CanonicalJson document, String kind, SigningKey key, Instant signedAt) {
        JWSHeader header = new JWSHeader.Builder(key.algorithm().jose())
                .type(new JOSEObjectType(JwsHeaders.TYPE_DOCUMENT))
                .keyID(key.kid())
                .customParam(JwsHeaders.SIGNED_AT, signedAt.getEpochSecond())
                .customParam(JwsHeaders.DOCUMENT_KIND, kind)
                .customParam(JwsHeaders.CONTRACT_SHA256, document.digest().base64Url())
                .build();
        JWSObject jws = new JWSObject(header, new Payload(document.bytes()));
        try {
            jws.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("signing failed: " + e.getMessage(), e);
        }
        return jws.serialize(true);
    }

    /** Whether {@code compactJws} is a valid signature of {@code kind} over {@code document} by the public key given. */
    public static boolean verify(String compactJws, CanonicalJson document, String kind, String publicJwkJson) {
        try {
            JWSObject jws = JWSObject.parse(compactJws.strip(), new Payload(document.bytes()));
            if (!JwsHeaders.TYPE_DOCUMENT.equals(String.valueOf(jws.getHeader().getType()))
                    || !kind.equals(jws.getHeader().getCustomParam(JwsHeaders.DOCUMENT_KIND))
                    || !document.digest().base64Url().equals(jws.getHeader().getCustomParam(JwsHeaders.CONTRACT_SHA256))) {
                return false;
            }
            JWK key = JWK.parse(publicJwkJson);
            if (jws.getHeader().getKeyID() == null || !jws.getHeader().getKeyID().equals(key.getKeyID())) {
                return false;
            }
            return jws.verify(JoseKeys.verifierFor(key));
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return false;
        }
    }
}
