package cn.sz.dataexchange.api.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A signed checkpoint of the audit log: the heads of the streams it anchors ({@code streams},
 * ordered by stream), their digest, the link to the previous checkpoint, and an ES256 JWS over
 * {@link #signedClaims()} by the key whose public JWK it carries (ADR 0009). {@code streams} is null
 * when the checkpoint was read without its entries (lists).
 */
public record AuditCheckpoint(long id, Instant createdAt, int entries, String entriesDigest, String prevHash,
                              String hash, String kid, String publicJwk, String jws, List<Entry> streams) {

    /** One stream's head: its newest event's number in the stream and hash. */
    public record Entry(String stream, int streamSeq, String hash) {
    }

    /** SHA-256 over "stream TAB stream_seq TAB hash LF" for each entry, in stream order. */
    public static String entriesDigest(List<Entry> entries) {
        MessageDigest sha256 = sha256();
        for (Entry e : entries) {
            sha256.update((e.stream() + "\t" + e.streamSeq() + "\t" + e.hash() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** SHA-256 over "prev_hash LF id LF created_at LF entries LF entries_digest". */
    public static String hash(String prevHash, long id, Instant createdAt, int entries, String entriesDigest) {
        String material = String.join("\n", prevHash, Long.toString(id),
                AuditChain.storedPrecision(createdAt).toString(), Integer.toString(entries), entriesDigest);
        return HexFormat.of().formatHex(sha256().digest(material.getBytes(StandardCharsets.UTF_8)));
    }

    /** What the signature covers. */
    public Map<String, Object> signedClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("id", id);
        claims.put("createdAt", AuditChain.storedPrecision(createdAt).toString());
        claims.put("entries", entries);
        claims.put("entriesDigest", entriesDigest);
        claims.put("prevHash", prevHash);
        claims.put("hash", hash);
        return claims;
    }

    AuditCheckpoint withJws(String signed) {
        return new AuditCheckpoint(id, createdAt, entries, entriesDigest, prevHash, hash, kid, publicJwk, signed, streams);
    }

    AuditCheckpoint withEntries(List<Entry> anchored) {
        return new AuditCheckpoint(id, createdAt, entries, entriesDigest, prevHash, hash, kid, publicJwk, jws,
                List.copyOf(anchored));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
