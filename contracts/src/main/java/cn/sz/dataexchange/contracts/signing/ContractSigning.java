package cn.sz.dataexchange.contracts.signing;

import cn.sz.dataexchange.contracts.document.CanonicalContract;
import cn.sz.dataexchange.contracts.json.Sha256Digest;
import cn.sz.dataexchange.contracts.model.PartyRole;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import java.time.Instant;
import java.util.List;

/**
 * Signs a contract's canonical bytes as a JWS with detached payload (RFC 7515 Appendix F,
 * "b64" left at its default of true; see ADR 0031). The exchange's countersignature is the same
 * kind of JWS with, in its header, the SHA-256 of each party signature it countersigns.
 */
public final class ContractSigning {

    private ContractSigning() {
    }

    /** A party's signature; {@code signedAt} becomes the "iat" header (whole seconds). */
    public static ContractSignature sign(CanonicalContract contract, PartyRole role, SigningKey key, Instant signedAt) {
        return signWithHeader(contract, role, key, signedAt, headerFor(contract, role, key, signedAt));
    }

    /** The exchange's countersignature over the contract and the given party signatures (compact JWS texts). */
    public static ContractSignature countersign(CanonicalContract contract, List<String> partySignatures,
                                                SigningKey exchangeKey, Instant signedAt) {
        List<String> countersigned = partySignatures.stream().map(ContractSigning::signatureDigest).toList();
        JWSHeader.Builder header = headerFor(contract, PartyRole.EXCHANGE, exchangeKey, signedAt)
                .customParam(JwsHeaders.COUNTERSIGNS, countersigned);
        return signWithHeader(contract, PartyRole.EXCHANGE, exchangeKey, signedAt, header);
    }

    /** Base64url SHA-256 of a compact JWS text, as listed in the countersignature header. */
    public static String signatureDigest(String compactJws) {
        return Sha256Digest.of(compactJws.strip()).base64Url();
    }

    private static JWSHeader.Builder headerFor(CanonicalContract contract, PartyRole role, SigningKey key, Instant at) {
        return new JWSHeader.Builder(key.algorithm().jose())
                .type(new JOSEObjectType(JwsHeaders.TYPE_CONTRACT))
                .keyID(key.kid())
                .customParam(JwsHeaders.SIGNED_AT, at.getEpochSecond())
                .customParam(JwsHeaders.ROLE, role.code())
                .customParam(JwsHeaders.CONTRACT_ID, contract.contract().contractId().value())
                .customParam(JwsHeaders.CONTRACT_SHA256, contract.digest().base64Url());
    }

    private static ContractSignature signWithHeader(CanonicalContract contract, PartyRole role, SigningKey key,
                                                    Instant signedAt, JWSHeader.Builder header) {
        JWSObject jws = new JWSObject(header.build(), new Payload(contract.bytes()));
        try {
            jws.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("signing failed: " + e.getMessage(), e);
        }
        return new ContractSignature(role, key.kid(), Instant.ofEpochSecond(signedAt.getEpochSecond()), jws.serialize(true));
    }
}
