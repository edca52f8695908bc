package cn.sz.dataexchange.settlement.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.settlement.gateway.simulator.GatewaySimulator;
import cn.sz.dataexchange.settlement.gateway.simulator.SimulatorConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reconciliation reads: the operations that moved money in a period, in completion order, page by page. */
class GatewayOperationListingTest {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    GatewaySimulator simulator;
    GatewayCalls gateway;

    @BeforeEach
    void start() {
        simulator = GatewaySimulator.start(SimulatorConfig.onLoopback().withClock(Clock.fixed(AT, ZoneOffset.UTC)));
        gateway = new GatewayCalls(simulator.baseUri());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void every_money_operation_of_the_period_is_listed_once_with_its_key_amount_and_states() throws Exception {
        String escrowId = gateway.openEscrow("escrow:t1:1", "t1", 10_000).field("escrowId");
        gateway.post("/v1/escrows/" + escrowId + "/release", "release:t1", "{\"feeFen\":300}");
        gateway.post("/v1/payouts", "payout:t1", "{\"payeeId\":\"seller-1\",\"amountFen\":9700,\"currency\":\"CNY\"}");
        String refunded = gateway.openEscrow("escrow:t2:1", "t2", 500).field("escrowId");
        gateway.post("/v1/escrows/" + refunded + "/refund", "refund:t2", "{}");
        gateway.openEscrow("escrow:t1:2", "t1", 10_000); // 409 escrow-exists: no money moved, not listed
        gateway.openEscrow("escrow:t1:1", "t1", 10_000); // a replay: listed once

        List<JsonNode> listed = all("2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z", 2);

        assertThat(listed).extracting(o -> o.path("idempotencyKey").asString())
                .containsExactly("escrow:t1:1", "release:t1", "payout:t1", "escrow:t2:1", "refund:t2");
        assertThat(listed).extracting(o -> o.path("kind").asString())
                .containsExactly("ESCROW", "RELEASE", "PAYOUT", "ESCROW", "REFUND");
        assertThat(listed).extracting(o -> o.path("amountFen").asLong()).containsExactly(10_000L, 10_000L, 9_700L, 500L, 500L);
        assertThat(listed.get(1).path("feeFen").asLong()).isEqualTo(300);
        assertThat(listed.get(0).path("state").asString()).isEqualTo("HELD");
        assertThat(listed.get(0).path("escrowState").asString()).isEqualTo("RELEASED");
        assertThat(listed.get(4).path("escrowState").asString()).isEqualTo("REFUNDED");
        assertThat(listed.get(2).path("payoutId").asString()).startsWith("po_");
    }

    @Test
    void operations_outside_the_period_are_not_listed_and_bad_queries_are_400() throws Exception {
        gateway.openEscrow("escrow:t3:1", "t3", 100);
        assertThat(all("2026-12-01T10:00:00.001Z", "2026-12-02T00:00:00Z", 10)).isEmpty();
        assertThat(all("2026-11-30T00:00:00Z", "2026-12-01T10:00:00Z", 10)).isEmpty();
        assertThat(all("2026-12-01T10:00:00Z", "2026-12-01T10:00:00.001Z", 10)).hasSize(1);
        assertThat(gateway.get("/v1/operations?from=yesterday&to=2026-12-02T00:00:00Z").status()).isEqualTo(400);
        assertThat(gateway.get("/v1/operations?to=2026-12-02T00:00:00Z").status()).isEqualTo(400);
        assertThat(gateway.get("/v1/operations?from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z&limit=0").status())
                .isEqualTo(400);
    }

    private List<JsonNode> all(String from, String to, int limit) throws Exception {
        List<JsonNode> listed = new ArrayList<>();
        String after = null;
        do {
            var reply = gateway.get("/v1/operations?from=" + from + "&to=" + to + "&limit=" + limit
                    + (after == null ? "" : "&after=" + after));
            assertThat(reply.status()).isEqualTo(200);
            reply.json().path("operations").forEach(listed::add);
            after = reply.json().path("next").asString(null);
        } while (after != null);
        return listed;
    }
}
