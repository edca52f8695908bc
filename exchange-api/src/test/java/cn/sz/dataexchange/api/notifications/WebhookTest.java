package cn.sz.dataexchange.api.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

/** Notifications are pushed to the organisation's webhook, signed, retried, and held back by a circuit breaker. */
class WebhookTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    DatabaseClient db;

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    record Received(String signature, String id, byte[] body) {
    }

    @BeforeEach
    void receiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                    exchange.getRequestHeaders().getFirst("X-Exchange-Notification-Id"), body));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void a_notification_is_pushed_signed_with_the_secret_shown_at_registration_and_retried_until_it_arrives() {
        Members.Member org = members().buyer();
        byte[] secret = register(org);
        failuresLeft.set(2);

        Notification sent = notifications.notify(new cn.sz.dataexchange.api.identity.model.OrgId(org.orgId()),
                "trade.escrow-held", "trade:test", Map.of("state", "ESCROWED")).block();

        await().atMost(Duration.ofSeconds(15)).until(() -> received.size() >= 3);
        assertThat(received).allMatch(r -> r.id().equals(sent.id().toString()));
        assertThat(received).allMatch(r -> WebhookSignature.verify(secret, r.signature(), r.body()));
        assertThat(WebhookSignature.verify("wrong".getBytes(), received.get(0).signature(), received.get(0).body())).isFalse();
        assertThat(new String(received.get(0).body())).contains("\"type\":\"trade.escrow-held\"");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> http.get().uri("/api/v1/notifications/webhook")
                .headers(h -> h.setBearerAuth(org.token())).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.consecutiveFailures").isEqualTo(0).jsonPath("$.lastSuccessAt").exists());
    }

    @Test
    void a_failing_endpoint_opens_the_circuit_so_later_attempts_do_not_reach_it() {
        Members.Member org = members().seller();
        register(org);
        failuresLeft.set(Integer.MAX_VALUE);
        var orgId = new cn.sz.dataexchange.api.identity.model.OrgId(org.orgId());
        for (int i = 0; i < 4; i++) {
            notifications.notify(orgId, "trade.test", "trade:" + i, Map.of("n", i)).block();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> openPushes(org) == 0);
        long attempts = db.sql("""
                        SELECT sum(t.attempts) AS n FROM scheduled_tasks t JOIN notifications n
                          ON t.subject = 'notification:' || n.id WHERE n.org_id = :o""")
                .bind("o", org.orgId()).map(row -> row.get("n", Long.class)).one().block();
        assertThat(received.size()).as("attempts refused by the open circuit never reached the endpoint")
                .isLessThan((int) attempts);
    }

    private long openPushes(Members.Member org) {
        return db.sql("""
                        SELECT count(*) AS n FROM scheduled_tasks t JOIN notifications n ON t.subject = 'notification:' || n.id
                        WHERE n.org_id = :o AND t.completed_at IS NULL""")
                .bind("o", org.orgId()).map(row -> row.get("n", Long.class)).one().block();
    }

    private byte[] register(Members.Member org) {
        Map<?, ?> registered = http.put().uri("/api/v1/notifications/webhook").headers(h -> h.setBearerAuth(org.token()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return Base64.getUrlDecoder().decode((String) registered.get("secret"));
    }
}
