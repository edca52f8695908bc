package cn.sz.dataexchange.contracts.signing;

import cn.sz.dataexchange.contracts.document.CanonicalContract;
import cn.sz.dataexchange.contracts.document.ContractDocument;
import cn.sz.dataexchange.contracts.document.ContractDocumentReader;
import cn.sz.dataexchange.contracts.document.ContractReading;
import cn.sz.dataexchange.contracts.json.JsonParser;
import cn.sz.dataexchange.contracts.json.JsonWriter;
import cn.sz.dataexchange.contracts.json.MalformedJsonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON the exchange serves at {@code GET /api/v1/trades/{id}/contract} and the CLI reads:
 * {"contract": {...}, "canonicalization": "RFC 8785", "digest": {"algorithm", "hex", "base64url"},
 * "signatures": [{"role", "kid", "signedAt", "jws"}]}. Only "contract" is signed; the rest is a
 * convenience that readers recompute or verify.
 */
public final class ContractEnvelope {

    private ContractEnvelope() {
    }

    public static Map<String, Object> toJson(CanonicalContract contract, List<ContractSignature> signatures) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("contract", ContractDocument.toJson(contract.contract()));
        envelope.put("canonicalization", "RFC 8785");
        Map<String, Object> digest = new LinkedHashMap<>();
        digest.put("algorithm", "SHA-256");
        digest.put("hex", contract.digest().hex());
        digest.put("base64url", contract.digest().base64Url());
        envelope.put("digest", digest);
        List<Object> signed = new ArrayList<>();
        for (ContractSignature s : signatures) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("role", s.role().code());
            entry.put("kid", s.kid());
            entry.put("signedAt", s.signedAt().toString());
            entry.put("jws", s.jws());
            signed.add(entry);
        }
        envelope.put("signatures", signed);
        return envelope;
    }

    public static String toText(CanonicalContract contract, List<ContractSignature> signatures) {
        return JsonWriter.pretty(toJson(contract, signatures));
    }

    /** An envelope, or a bare contract document; the signatures are the envelope's "jws" texts. */
    public static Reading read(String json) {
        Map<String, Object> root;
        try {
            root = JsonParser.parseObject(json);
        } catch (MalformedJsonException e) {
            return new Reading.Unreadable(e.getMessage());
        }
        boolean isEnvelope = root.containsKey("contract");
        ContractReading contract = ContractDocumentReader.read(isEnvelope ? root.get("contract") : root);
        if (contract instanceof ContractReading.Unreadable unreadable) {
            return new Reading.Unreadable(unreadable.reason());
        }
        List<String> signatures = new ArrayList<>();
        if (isEnvelope && root.get("signatures") instanceof List<?> entries) {
            for (Object entry : entries) {
                if (!(entry instanceof Map<?, ?> map) || !(map.get("jws") instanceof String jws)) {
                    return new Reading.Unreadable("every entry of \"signatures\" needs a \"jws\" string");
                }
                signatures.add(jws);
            }
        }
        Optional<String> advertised = isEnvelope && root.get("digest") instanceof Map<?, ?> d && d.get("hex") instanceof String hex
                ? Optional.of(hex) : Optional.empty();
        return new Reading.Read(((ContractReading.Read) contract).contract(), signatures, advertised);
    }

    /** The outcome of reading an envelope. */
    public sealed interface Reading {

        /** @param advertisedDigestHex the digest the envelope claims, to compare with the recomputed one */
        record Read(CanonicalContract contract, List<String> signatures, Optional<String> advertisedDigestHex)
                implements Reading {
            public Read {
                signatures = List.copyOf(signatures);
            }

            public boolean advertisedDigestMatches() {
                return advertisedDigestHex.map(contract.digest().hex()::equalsIgnoreCase).orElse(true);
            }
        }

        record Unreadable(String reason) implements Reading {
        }
    }
}
