package cn.sz.dataexchange.contracts.receipt;

import cn.sz.dataexchange.contracts.json.JsonParser;
import cn.sz.dataexchange.contracts.json.MalformedJsonException;
import cn.sz.dataexchange.contracts.json.Sha256Digest;
import cn.sz.dataexchange.contracts.model.TradeId;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The receipt's JSON payload: {"type", "tradeId", "sha256", "bytes", "receivedAt"}, signed in its RFC 8785 form. */
public final class ReceiptDocument {

    public static final String TYPE = "cn-sz-dex:DeliveryReceipt";
    private static final Set<String> MEMBERS = Set.of("type", "tradeId", "sha256", "bytes", "receivedAt");

    private ReceiptDocument() {
    }

    public static Map<String, Object> toJson(DeliveryReceipt receipt) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", TYPE);
        json.put("tradeId", receipt.tradeId().value());
        json.put("sha256", receipt.sha256().hex());
        json.put("bytes", receipt.bytes());
        json.put("receivedAt", receipt.receivedAt().toString());
        return json;
    }

    /** Reads a payload; empty if it is not exactly a receipt of this shape. */
    public static Optional<DeliveryReceipt> read(byte[] payload) {
        try {
            Map<String, Object> json = JsonParser.parseObject(new String(payload, StandardCharsets.UTF_8));
            if (!json.keySet().equals(MEMBERS) || !TYPE.equals(json.get("type"))
                    || !(json.get("tradeId") instanceof String tradeId) || !(json.get("sha256") instanceof String sha)
                    || !(json.get("bytes") instanceof BigInteger bytes) || !(json.get("receivedAt") instanceof String at)
                    || !Sha256Digest.isHex(sha) || bytes.bitLength() > 53) {
                return Optional.empty();
            }
            return Optional.of(new DeliveryReceipt(new TradeId(tradeId), new Sha256Digest(sha), bytes.longValue(),
                    Instant.parse(at)));
        } catch (MalformedJsonException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
