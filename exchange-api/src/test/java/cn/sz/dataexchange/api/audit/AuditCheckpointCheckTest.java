package cn.sz.dataexchange.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every part of a checkpoint is bound: its heads, its link, its claims and its signature. */
class AuditCheckpointCheckTest {

    private static final Instant AT = Instant.parse("2026-11-23T05:00:00.123456Z");
    private final ECKey key = generate("ck-1");
    private final List<AuditCheckpoint.Entry> heads = List.of(new AuditCheckpoint.Entry("listing:a", 4, "a".repeat(64)),
            new AuditCheckpoint.Entry("trade:b", 9, "b".repeat(64)));

    private static ECKey generate(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private AuditCheckpoint checkpoint(long id, String prevHash, List<AuditCheckpoint.Entry> entries, ECKey signer) {
        String digest = AuditCheckpoint.entriesDigest(entries);
        String hash = AuditCheckpoint.hash(prevHash, id, AT, entries.size(), digest);
        return AuditCheckpoints.sign(new AuditCheckpoint(id, AT, entries.size(), digest, prevHash, hash, signer.getKeyID(),
                signer.toPublicJWK().toJSONString(), null, entries), signer);
    }

    @Test
    void a_well_formed_chain_of_two_checkpoints_verifies() {
        AuditCheckpoint first = checkpoint(1, AuditChain.GENESIS, heads, key);
        AuditCheckpoint second = checkpoint(2, first.hash(), List.of(new AuditCheckpoint.Entry("trade:b", 10, "c".repeat(64))), key);
        assertThat(AuditCheckpointCheck.check(first, 1, AuditChain.GENESIS)).isEmpty();
        assertThat(AuditCheckpointCheck.check(second, 2, first.hash())).isEmpty();
    }

    @Test
    void an_altered_or_missing_head_breaks_the_digest() {
        AuditCheckpoint c = checkpoint(1, AuditChain.GENESIS, heads, key);
        AuditCheckpoint altered = c.withEntries(List.of(heads.get(0), new AuditCheckpoint.Entry("trade:b", 8, "b".repeat(64))));
        AuditCheckpoint dropped = c.withEntries(List.of(heads.get(0)));
        assertThat(AuditCheckpointCheck.check(altered, 1, AuditChain.GENESIS)).get()
                .extracting(AuditCheckpointCheck.Break::reason).asString().contains("digest");
        assertThat(AuditCheckpointCheck.check(dropped, 1, AuditChain.GENESIS)).get()
                .extracting(AuditCheckpointCheck.Break::reason).asString().contains("signed for 2");
    }

    @Test
    void a_removed_or_reordered_checkpoint_breaks_the_link() {
        AuditCheckpoint first = checkpoint(1, AuditChain.GENESIS, heads, key);
        AuditCheckpoint second = checkpoint(2, first.hash(), heads, key);
        AuditCheckpoint third = checkpoint(3, second.hash(), heads, key);
        assertThat(AuditCheckpointCheck.check(third, 2, first.hash())).get()
                .extracting(AuditCheckpointCheck.Break::reason).asString().contains("skip");
        assertThat(AuditCheckpointCheck.check(checkpoint(2, "f".repeat(64), heads, key), 2, first.hash())).get()
                .extracting(AuditCheckpointCheck.Break::reason).asString().contains("previous hash");
    }

    @Test
    void a_recomputed_checkpoint_signed_by_another_key_or_not_matching_its_signature_is_refused() {
        AuditCheckpoint genuine = checkpoint(1, AuditChain.GENESIS, heads, key);
        ECKey attacker = generate("ck-1");
        AuditCheckpoint forged = checkpoint(1, AuditChain.GENESIS, heads.subList(0, 1), attacker);
        AuditCheckpoint forgedWithGenuineKey = new AuditCheckpoint(forged.id(), forged.createdAt(), forged.entries(),
                forged.entriesDigest(), forged.prevHash(), forged.hash(), forged.kid(), genuine.publicJwk(), forged.jws(),
                forged.streams());
        AuditCheckpoint otherSignature = new AuditCheckpoint(genuine.id(), genuine.createdAt(), genuine.entries(),
                genuine.entriesDigest(), genuine.prevHash(), genuine.hash(), genuine.kid(), genuine.publicJwk(),
                checkpoint(1, AuditChain.GENESIS, heads.subList(0, 1), key).jws(), genuine.streams());
        AuditCheckpoint privateKeyStored = new AuditCheckpoint(genuine.id(), genuine.createdAt(), genuine.entries(),
                genuine.entriesDigest(), genuine.prevHash(), genuine.hash(), genuine.kid(), key.toJSONString(), genuine.jws(),
                genuine.streams());

        assertThat(AuditCheckpointCheck.check(forgedWithGenuineKey, 1, AuditChain.GENESIS)).get()
                .extracting(AuditCheckpointCheck.Break::reason).asString().contains("does not verify");
        assertThat(AuditCheckpointCheck.check(otherSignature, 1, AuditChain.GENESIS)).get()
                .extracting(AuditCheckpointCheck.Break::reason).asString().contains("signed claims differ");
        assertThat(AuditCheckpointCheck.check(privateKeyStored, 1, AuditChain.GENESIS)).get()
                .extracting(AuditCheckpointCheck.Break::reason).asString().contains("not a public key");
    }

    @Test
    void a_stream_shorter_than_its_anchor_or_with_another_event_there_fails_the_anchor_check() {
        String h1 = AuditChain.hash(AuditChain.GENESIS, "s", 1, AT, "a", "x.done", "{}");
        String h2 = AuditChain.hash(h1, "s", 2, AT, "a", "x.done", "{}");
        List<AuditEvent> events = List.of(new AuditEvent(1, "s", 1, AT, "a", "x.done", "{}", AuditChain.GENESIS, h1),
                new AuditEvent(2, "s", 2, AT, "a", "x.done", "{}", h1, h2));
        assertThat(AuditCheckpointCheck.anchorProblem(events, 2, h2)).isEmpty();
        assertThat(AuditCheckpointCheck.anchorProblem(events.subList(0, 1), 2, h2)).get().asString()
                .contains("anchored it at event 2");
        assertThat(AuditCheckpointCheck.anchorProblem(List.of(), 2, h2)).isPresent();
        assertThat(AuditCheckpointCheck.anchorProblem(events, 2, h1)).get().asString().contains("differs");
    }
}
