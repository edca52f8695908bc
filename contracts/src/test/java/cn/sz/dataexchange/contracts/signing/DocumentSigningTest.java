package cn.sz.dataexchange.contracts.signing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.contracts.json.CanonicalJson;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentSigningTest {

    final SigningKey key = KeyGeneration.generate(SigningAlgorithm.ES256);
    final CanonicalJson document = CanonicalJson.of(Map.of("caseId", "c-1", "fineFen", 5_000_000L));

    @Test
    void a_signed_document_verifies_with_the_public_key() {
        String jws = DocumentSigning.sign(document, "enforcement-decision", key, Instant.parse("2026-12-01T10:00:00Z"));

        assertThat(jws.split("\\.", -1)[1]).as("detached payload").isEmpty();
        assertThat(DocumentSigning.verify(jws, document, "enforcement-decision", key.publicJwkJson())).isTrue();
    }

    @Test
    void a_changed_document_another_kind_or_another_key_does_not_verify() {
        String jws = DocumentSigning.sign(document, "enforcement-decision", key, Instant.parse("2026-12-01T10:00:00Z"));
        CanonicalJson changed = CanonicalJson.of(Map.of("caseId", "c-1", "fineFen", 5_000_001L));
        SigningKey other = KeyGeneration.generate(SigningAlgorithm.ES256);

        assertThat(DocumentSigning.verify(jws, changed, "enforcement-decision", key.publicJwkJson())).isFalse();
        assertThat(DocumentSigning.verify(jws, document, "contract", key.publicJwkJson())).isFalse();
        assertThat(DocumentSigning.verify(jws, document, "enforcement-decision", other.publicJwkJson())).isFalse();
    }
}
