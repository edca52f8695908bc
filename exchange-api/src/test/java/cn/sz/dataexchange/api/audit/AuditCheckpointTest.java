package cn.sz.dataexchange.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** Signed checkpoints anchor each stream's head, so a stream cut short or dropped is detected. */
class AuditCheckpointTest extends IntegrationTest {

    @Autowired
    DatabaseClient db;

    @Test
    void a_checkpoint_anchors_the_streams_that_grew_and_verifies_with_the_key_it_carries() {
        Members members = members();
        String admin = members.adminToken();
        long before = latestCheckpoint();
        Members.Member seller = members.seller();
        String stream = "organisation:" + seller.orgId();

        long id = anchor(admin, stream);
        assertThat(id).isGreaterThan(before);

        Map<?, ?> stored = http.get().uri("/api/v1/audit/checkpoints/{id}", id).headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) stored.get("streams")).anySatisfy(e -> {
            assertThat(((Map<?, ?>) e).get("stream")).isEqualTo(stream);
            assertThat(((Map<?, ?>) e).get("streamSeq")).isEqualTo(2);
        });
        http.get().uri(b -> b.path("/api/v1/audit/verification").queryParam("stream", stream).build())
                .headers(h -> h.setBearerAuth(members.platformToken("REGULATOR"))).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.intact").isEqualTo(true)
                .jsonPath("$.anchoredBy.checkpoint").isEqualTo((int) id)
                .jsonPath("$.anchoredBy.streamSeq").isEqualTo(2);
        http.get().uri(b -> b.path("/api/v1/audit/checkpoints").queryParam("after", id - 1).queryParam("limit", 1).build())
                .headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].id").isEqualTo((int) id).jsonPath("$[0].jws").exists()
                .jsonPath("$[0].streams").doesNotExist();
        http.get().uri(b -> b.path("/api/v1/audit/checkpoints/verification").queryParam("after", before).build())
                .headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.intact").isEqualTo(true).jsonPath("$.lastId").isEqualTo((int) id);
    }

    @Test
    void a_stream_head_is_anchored_once_and_nothing_new_makes_no_checkpoint() {
        String admin = members().adminToken();
        http.post().uri("/api/v1/admin/audit/checkpoints").headers(h -> h.setBearerAuth(admin)).exchange();
        // the admin's own token request above appends nothing, so a second checkpoint has nothing to anchor
        // unless another test's activity interleaves; then it anchors that, never the same heads again
        Map<?, ?> second = http.post().uri("/api/v1/admin/audit/checkpoints").headers(h -> h.setBearerAuth(admin))
                .exchange().expectBody(Map.class).returnResult().getResponseBody();
        if (second != null) {
            long id = ((Number) second.get("id")).longValue();
            Map<?, ?> stored = http.get().uri("/api/v1/audit/checkpoints/{id}", id).headers(h -> h.setBearerAuth(admin))
                    .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            for (Object entry : (List<?>) stored.get("streams")) {
                String stream = (String) ((Map<?, ?>) entry).get("stream");
                long anchoredBefore = db.sql("""
                                SELECT count(*) AS n FROM audit_checkpoint_entries
                                WHERE stream = :s AND stream_seq = :q AND checkpoint_id < :id""")
                        .bind("s", stream).bind("q", ((Map<?, ?>) entry).get("streamSeq")).bind("id", id)
                        .map(row -> row.get("n", Long.class)).one().block();
                assertThat(anchoredBefore).as("head of %s anchored twice", stream).isZero();
            }
        }
    }

    @Test
    void events_cut_off_the_end_of_an_anchored_stream_are_detected_though_the_chain_left_is_intact() throws Exception {
        Members members = members();
        String admin = members.adminToken();
        Members.Member buyer = members.buyer();
        String stream = "organisation:" + buyer.orgId();
        anchor(admin, stream);

        db.sql("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update").then()
                .then(db.sql("DELETE FROM audit_events WHERE stream = :s AND stream_seq = 2").bind("s", stream).then())
                .then(db.sql("ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update").then())
                .toFuture().get();

        http.get().uri(b -> b.path("/api/v1/audit/verification").queryParam("stream", stream).build())
                .headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.events").isEqualTo(1).jsonPath("$.intact").isEqualTo(false)
                .jsonPath("$.firstBreak.reason").value(r -> assertThat((String) r).contains("anchored it at event 2"));
    }

    @Test
    void checkpoint_endpoints_refuse_bad_paging_and_unknown_numbers() {
        String admin = members().adminToken();
        http.get().uri("/api/v1/audit/checkpoints?limit=0").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
        http.get().uri("/api/v1/audit/checkpoints/verification?after=-1").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isBadRequest();
        http.get().uri("/api/v1/audit/checkpoints/999999999").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isNotFound();
    }

    /**
     * Makes checkpoints until one anchors {@code stream} (one checkpoint takes at most
     * {@code checkpoint-max-entries} heads, in stream order); the number of that checkpoint.
     */
    private long anchor(String admin, String stream) {
        for (int i = 0; i < 50; i++) {
            http.post().uri("/api/v1/admin/audit/checkpoints").headers(h -> h.setBearerAuth(admin)).exchange()
                    .expectStatus().value(status -> assertThat(status).isIn(201, 204));
            Long anchoredBy = db.sql("SELECT max(checkpoint_id) AS id FROM audit_checkpoint_entries WHERE stream = :s")
                    .bind("s", stream).map(row -> row.get("id", Long.class)).one().block();
            if (anchoredBy != null) {
                return anchoredBy;
            }
        }
        throw new AssertionError(stream + " was not anchored by 50 checkpoints");
    }

    private long latestCheckpoint() {
        return db.sql("SELECT coalesce(max(id), 0) AS n FROM audit_checkpoints").map(row -> row.get("n", Long.class))
                .one().block();
    }
}
