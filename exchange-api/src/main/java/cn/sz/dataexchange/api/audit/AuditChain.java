package cn.sz.dataexchange.api.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The hashing rule of the audit log, kept apart from storage so anyone can re-check a chain. */
public final class AuditChain {

    /** The previous hash of a stream's first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** PostgreSQL keeps microseconds; the chain hashes exactly what is stored. */
    public static Instant storedPrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(String prevHash, String stream, int streamSeq, Instant occurredAt, String actor,
                              String action, String payload) {
        String material = String.join("\n", prevHash, stream, Integer.toString(streamSeq),
                storedPrecision(occurredAt).toString(), actor, action, payload);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(material.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The first event of {@code events} (one stream, in order) that breaks the chain, if any. */
    public static Optional<Break> firstBreak(List<AuditEvent> events) {
        String expectedPrev = GENESIS;
        int expectedSeq = 1;
        for (AuditEvent e : events) {
            if (e.streamSeq() != expectedSeq) {
                return Optional.of(new Break(e.seq(), e.streamSeq(), "sequence gap: expected " + expectedSeq));
            }
            if (!e.prevHash().equals(expectedPrev)) {
                return Optional.of(new Break(e.seq(), e.streamSeq(), "previous hash does not match"));
            }
            String recomputed = hash(e.prevHash(), e.stream(), e.streamSeq(), e.occurredAt(), e.actor(), e.action(),
                    e.payload());
            if (!recomputed.equals(e.hash())) {
                return Optional.of(new Break(e.seq(), e.streamSeq(), "content does not match its hash"));
            }
            expectedPrev = e.hash();
            expectedSeq++;
        }
        return Optional.empty();
    }

    /** Where and why a chain is broken. */
    public record Break(long seq, int streamSeq, String reason) {
    }
}
