package cn.sz.dataexchange.contracts.cli;

import cn.sz.dataexchange.contracts.json.JsonParser;
import cn.sz.dataexchange.contracts.json.JsonWriter;
import cn.sz.dataexchange.contracts.json.MalformedJsonException;
import cn.sz.dataexchange.contracts.model.OrgId;
import cn.sz.dataexchange.contracts.signing.ContractEnvelope;
import cn.sz.dataexchange.contracts.signing.KeyDirectory;
import cn.sz.dataexchange.contracts.signing.RegisteredKey;
import cn.sz.dataexchange.contracts.signing.SigningKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the files the commands take, turning every defect into a {@link BadInput} that names the file. */
final class Inputs {

    private Inputs() {
    }

    static ContractEnvelope.Reading.Read contract(Arguments args) {
        ContractEnvelope.Reading reading = ContractEnvelope.read(args.fileText("contract"));
        if (reading instanceof ContractEnvelope.Reading.Unreadable unreadable) {
            throw new BadInput("--contract: " + unreadable.reason());
        }
        return (ContractEnvelope.Reading.Read) reading;
    }

    static SigningKey signingKey(Arguments args) {
        try {
            return SigningKey.parse(args.fileText("key"));
        } catch (IllegalArgumentException e) {
            throw new BadInput("--key: " + e.getMessage());
        }
    }

    /**
     * A key directory file: {"keys": [{"kid", "orgId", "jwk": {...}, "registeredAt", "revokedAt": null}]},
     * the shape of the exchange's key export.
     */
    static KeyDirectory keyDirectory(Arguments args) {
        String file = args.required("keys");
        try {
            Map<String, Object> root = JsonParser.parseObject(Arguments.readFile(file, "--keys"));
            if (!(root.get("keys") instanceof List<?> entries)) {
                throw new BadInput("--keys: expected {\"keys\": [...]}");
            }
            List<RegisteredKey> keys = new ArrayList<>();
            for (Object entry : entries) {
                keys.add(registeredKey(entry));
            }
            return KeyDirectory.of(keys);
        } catch (MalformedJsonException | IllegalArgumentException | ClassCastException | DateTimeParseException e) {
            throw new BadInput("--keys: " + e.getMessage());
        }
    }

    private static RegisteredKey registeredKey(Object entry) {
        if (!(entry instanceof Map<?, ?> key) || !(key.get("kid") instanceof String kid)
                || !(key.get("orgId") instanceof String orgId) || !(key.get("jwk") instanceof Map<?, ?> jwk)
                || !(key.get("registeredAt") instanceof String registeredAt)) {
            throw new BadInput("--keys: every key needs kid, orgId, jwk and registeredAt");
        }
        Instant revokedAt = key.get("revokedAt") instanceof String revoked ? Instant.parse(revoked) : null;
        return new RegisteredKey(kid, new OrgId(orgId), JsonWriter.canonical(jwk), Instant.parse(registeredAt), revokedAt);
    }

    static Instant instant(String value, String option) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInput(option + ": not an RFC 3339 UTC time such as 2026-11-23T10:00:00Z");
        }
    }
}
