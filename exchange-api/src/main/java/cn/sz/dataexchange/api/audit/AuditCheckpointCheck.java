package cn.sz.dataexchange.api.audit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-checks checkpoints from their stored form alone: each one's entries digest and hash, its link
 * to the one before, and its signature by the public key it carries over exactly those claims.
 */
public final class AuditCheckpointCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditCheckpointCheck() {
    }

    /** Where and why the checkpoint chain is broken. */
    public record Break(long checkpoint, String reason) {
    }

    /**
     * The first problem in {@code checkpoint}, given the hash of the checkpoint before it
     * ({@link AuditChain#GENESIS} for the first); {@code checkpoint} must carry its entries.
     */
    public static Optional<Break> check(AuditCheckpoint checkpoint, long expectedId, String expectedPrevHash) {
        if (checkpoint.streams() == null) {
            throw new IllegalArgumentException("checkpoint " + checkpoint.id() + " must be checked with its stream heads");
        }
        long id = checkpoint.id();
        if (id != expectedId) {
            return Optional.of(new Break(id, "checkpoint numbers skip: expected " + expectedId));
        }
        if (!checkpoint.prevHash().equals(expectedPrevHash)) {
            return Optional.of(new Break(id, "previous hash does not match the checkpoint before"));
        }
        if (checkpoint.streams().size() != checkpoint.entries()) {
            return Optional.of(new Break(id, "holds " + checkpoint.streams().size() + " stream heads, signed for "
                    + checkpoint.entries()));
        }
        if (!AuditCheckpoint.entriesDigest(checkpoint.streams()).equals(checkpoint.entriesDigest())) {
            return Optional.of(new Break(id, "stream heads do not match their digest"));
        }
        String recomputed = AuditCheckpoint.hash(checkpoint.prevHash(), id, checkpoint.createdAt(), checkpoint.entries(),
                checkpoint.entriesDigest());
        if (!recomputed.equals(checkpoint.hash())) {
            return Optional.of(new Break(id, "content does not match its hash"));
        }
        return signatureProblem(checkpoint).map(problem -> new Break(id, problem));
    }

    private static Optional<String> signatureProblem(AuditCheckpoint checkpoint) {
        try {
            JWSObject jws = JWSObject.parse(checkpoint.jws());
            ECKey key = ECKey.parse(checkpoint.publicJwk());
            if (key.isPrivate()) {
                return Optional.of("the stored key is not a public key");
            }
            if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())
                    || !AuditCheckpoints.TYPE.equals(jws.getHeader().getType())
                    || !checkpoint.kid().equals(jws.getHeader().getKeyID())
                    || !checkpoint.kid().equals(key.getKeyID())) {
                return Optional.of("the signature's header does not name this checkpoint's key and type");
            }
            if (!jws.verify(new ECDSAVerifier(key))) {
                return Optional.of("the signature does not verify");
            }
            Map<?, ?> signed = JSON.readValue(jws.getPayload().toString(), Map.class);
            Map<?, ?> expected = JSON.readValue(JSON.writeValueAsString(checkpoint.signedClaims()), Map.class);
            if (!signed.equals(expected)) {
                return Optional.of("the signed claims differ from the stored checkpoint");
            }
            return Optional.empty();
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.of("the signature cannot be read: " + e.getMessage());
        }
    }

    /**
     * Whether a stream's events still reach the head a checkpoint anchored: the event with that
     * number must exist with that hash (events cut off the end, or a dropped stream, fail this).
     */
    public static Optional<String> anchorProblem(List<AuditEvent> events, int anchoredSeq, String anchoredHash) {
        if (events.size() < anchoredSeq) {
            return Optional.of("the stream has " + events.size() + " events; a checkpoint anchored it at event "
                    + anchoredSeq);
        }
        AuditEvent anchored = events.get(anchoredSeq - 1);
        if (anchored.streamSeq() != anchoredSeq || !anchored.hash().equals(anchoredHash)) {
            return Optional.of("event " + anchoredSeq + " differs from the one a checkpoint anchored");
        }
        return Optional.empty();
    }
}
