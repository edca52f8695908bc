package cn.sz.dataexchange.contracts.receipt;

import cn.sz.dataexchange.contracts.json.CanonicalJson;
import cn.sz.dataexchange.contracts.model.PartyRole;
import cn.sz.dataexchange.contracts.signing.JwsHeaders;
import cn.sz.dataexchange.contracts.signing.SigningKey;
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
 * The buyer signs a receipt as a compact JWS whose (attached) payload is the receipt's RFC 8785
 * canonical JSON, so the exchange can read it from the JWS alone.
 */
public final class ReceiptSigning {

    private ReceiptSigning() {
    }

    public static String sign(DeliveryReceipt receipt, SigningKey buyerKey, Instant signedAt) {
        JWSHeader header = new JWSHeader.Builder(buyerKey.algorithm().jose())
                .type(new JOSEObjectType(JwsHeaders.TYPE_RECEIPT))
                .keyID(buyerKey.kid())
                .customParam(JwsHeaders.SIGNED_AT, signedAt.getEpochSecond())
                .customParam(JwsHeaders.ROLE, PartyRole.BUYER.code())
                .build();
        JWSObject jws = new JWSObject(header, new Payload(CanonicalJson.of(ReceiptDocument.toJson(receipt)).bytes()));
        try {
            jws.sign(JoseKeys.signerFor(JWK.parse(buyerKey.privateJwkJson())));
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("signing the receipt failed: " + e.getMessage(), e);
        }
        return jws.serialize();
    }
}
