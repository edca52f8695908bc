package cn.sz.dataexchange.api.trading.web;

import cn.sz.dataexchange.api.trading.application.ViewingTrades.SignedContract;
import cn.sz.dataexchange.contracts.json.JsonParser;
import cn.sz.dataexchange.contracts.json.JsonWriter;
import cn.sz.dataexchange.contracts.model.PartyRole;
import cn.sz.dataexchange.contracts.signing.ContractEnvelope;
import cn.sz.dataexchange.contracts.signing.ContractSignature;
import cn.sz.dataexchange.contracts.signing.RegisteredKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract as served: the contracts module's envelope (the signed document, its RFC 8785 digest
 * and the signatures), written by that module's own JSON writer so the document re-serialises to
 * the signed bytes, plus the public keys of the signers in the CLI's key-file shape.
 */
final class ContractViews {

    private ContractViews() {
    }

    static String envelope(SignedContract signed) {
        List<ContractSignature> signatures = signed.signatures().stream()
                .map(s -> new ContractSignature(PartyRole.fromCode(s.role()).orElseThrow(), s.kid(), s.signedAt(), s.jws()))
                .toList();
        Map<String, Object> envelope = new LinkedHashMap<>(ContractEnvelope.toJson(signed.contract(), signatures));
        envelope.put("keys", signed.keys().stream().map(ContractViews::key).toList());
        return JsonWriter.pretty(envelope);
    }

    private static Map<String, Object> key(RegisteredKey key) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kid", key.kid());
        entry.put("orgId", key.owner().value());
        entry.put("jwk", JsonParser.parseObject(key.publicJwkJson()));
        entry.put("registeredAt", key.registeredAt().toString());
        entry.put("revokedAt", key.revokedAt() == null ? null : key.revokedAt().toString());
        return entry;
    }
}
