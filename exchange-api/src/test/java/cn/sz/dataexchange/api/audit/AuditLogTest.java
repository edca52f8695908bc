package cn.sz.dataexchange.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

class AuditLogTest extends IntegrationTest {

    @Autowired
    DatabaseClient db;

    @Test
    void every_membership_step_is_chained_in_the_organisations_stream_and_verifies() {
        Members members = members();
        Members.Member seller = members.seller();
        String stream = "organisation:" + seller.orgId();
        String admin = members.adminToken();

        List<?> events = http.get().uri(b -> b.path("/api/v1/audit/events").queryParam("stream", stream).build())
                .headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        assertThat(events.stream().map(e -> (Object) ((Map<?, ?>) e).get("action")).toList())
                .containsExactly("organisation.registered", "organisation.admitted");

        http.get().uri(b -> b.path("/api/v1/audit/verification").queryParam("stream", stream).build())
                .headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.intact").isEqualTo(true).jsonPath("$.events").isEqualTo(2);
    }

    @Test
    void the_database_refuses_to_change_or_delete_audit_events() {
        Members.Member buyer = members().buyer();
        String stream = "organisation:" + buyer.orgId();
        assertThatThrownBy(() -> db.sql("UPDATE audit_events SET payload = '{}' WHERE stream = :s").bind("s", stream)
                .then().toFuture().get()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.sql("DELETE FROM audit_events WHERE stream = :s").bind("s", stream)
                .then().toFuture().get()).hasMessageContaining("append-only");
    }

    @Test
    void a_record_altered_behind_the_exchanges_back_is_detected() throws Exception {
        Members members = members();
        Members.Member buyer = members.buyer();
        String stream = "organisation:" + buyer.orgId();
        db.sql("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update").then()
                .then(db.sql("UPDATE audit_events SET payload = replace(payload, 'documents checked', 'nothing') "
                        + "WHERE stream = :s AND stream_seq = 2").bind("s", stream).then())
                .then(db.sql("ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update").then())
                .toFuture().get();

        http.get().uri(b -> b.path("/api/v1/audit/verification").queryParam("stream", stream).build())
                .headers(h -> h.setBearerAuth(members.adminToken())).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.intact").isEqualTo(false)
                .jsonPath("$.firstBreak.streamSeq").isEqualTo(2)
                .jsonPath("$.firstBreak.reason").isEqualTo("content does not match its hash");
    }

    @Test
    void concurrent_appends_to_one_stream_keep_one_unbroken_chain() throws Exception {
        AuditLog log = applicationAuditLog;
        // new streams: the first appends race for a stream without a head row yet
        for (int round = 0; round < 5; round++) {
            String stream = "test:" + UUID.randomUUID();
            reactor.core.publisher.Flux.range(0, 20)
                    .flatMap(i -> log.append(stream, "test", "tick", Map.of("i", i)), 8)
                    .then().toFuture().get();
            List<AuditEvent> events = log.stream(stream).collectList().toFuture().get();
            assertThat(events).hasSize(20);
            assertThat(AuditChain.firstBreak(events)).isEmpty();
        }
    }

    @Test
    void an_append_chained_by_the_database_hashes_exactly_as_the_chain_rule_does() throws Exception {
        String stream = "test:" + UUID.randomUUID();
        assertThat(applicationAuditLog.appendToExisting(stream, java.time.Instant.now(), "a", "b", "{}")
                .blockOptional()).as("a stream without a head is left to the locking path").isEmpty();
        AuditEvent first = applicationAuditLog.append(stream, "exchange", "test.first", Map.of("note", "first"))
                .toFuture().get();
        java.time.Instant at = AuditChain.storedPrecision(java.time.Instant.parse("2026-11-23T06:15:30.123456789Z"));
        AuditEvent second = applicationAuditLog.appendToExisting(stream, at, "actor with space 测试", "test.tick",
                "{\"note\":\"数据交易 — line\\nbreak, a \\\\ backslash, a ' quote and 😀\"}").toFuture().get();
        AuditEvent third = applicationAuditLog.append(stream, "exchange", "test.third", Map.of("amountFen", 1234567))
                .toFuture().get();

        List<AuditEvent> stored = applicationAuditLog.stream(stream).collectList().toFuture().get();
        assertThat(stored).containsExactly(first, second, third);
        assertThat(AuditChain.firstBreak(stored)).isEmpty();
        assertThat(second.hash()).isEqualTo(AuditChain.hash(first.hash(), stream, 2, at, "actor with space 测试",
                "test.tick", second.payload()));
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(third.streamSeq()).isEqualTo(3);
        assertThat(third.prevHash()).isEqualTo(second.hash());
    }

    @Autowired
    AuditLog applicationAuditLog;
}
