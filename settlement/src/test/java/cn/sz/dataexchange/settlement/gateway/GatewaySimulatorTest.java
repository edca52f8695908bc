package cn.sz.dataexchange.settlement.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.settlement.gateway.simulator.GatewaySimulator;
import cn.sz.dataexchange.settlement.gateway.simulator.SimulatorConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatewaySimulatorTest {

    GatewaySimulator simulator;
    GatewayCalls gateway;

    @BeforeEach
    void start() {
        simulator = GatewaySimulator.start(SimulatorConfig.onLoopback());
        gateway = new GatewayCalls(simulator.baseUri());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void the_same_key_and_body_get_the_same_response_and_the_escrow_is_opened_once() throws Exception {
        var first = gateway.openEscrow("k-1", "t-1", 100_000);
        var again = gateway.openEscrow("k-1", "t-1", 100_000);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.field("state")).isEqualTo("HELD");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(simulator.stats().operationsApplied()).isEqualTo(1);
    }

    @Test
    void the_same_key_with_a_different_body_is_refused_with_422() throws Exception {
        gateway.openEscrow("k-1", "t-1", 100_000);

        var reused = gateway.openEscrow("k-1", "t-1", 100_001);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.field("code")).isEqualTo("idempotency-key-reused");
        assertThat(reused.header("Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void a_body_that_differs_only_in_whitespace_and_field_order_is_the_same_request() throws Exception {
        gateway.openEscrow("k-1", "t-1", 500);

        var reordered = gateway.post("/v1/escrows", "k-1", """
                { "currency": "CNY", "amountFen": 500, "payeeId": "seller-1", "payerId": "buyer-1", "tradeId": "t-1" }""");

        assertThat(reordered.status()).isEqualTo(201);
    }

    @Test
    void a_command_without_an_idempotency_key_is_refused_with_400() throws Exception {
        var reply = gateway.openEscrow(null, "t-1", 100);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.field("detail")).contains("Idempotency-Key");
    }

    @Test
    void amounts_must_be_json_integers_of_fen() throws Exception {
        for (String amount : List.of("12.5", "\"100\"", "-1", "0", "99999999999999999999")) {
            var reply = gateway.post("/v1/escrows", "k-" + amount, """
                    {"tradeId":"t","payerId":"b","payeeId":"s","amountFen":%s,"currency":"CNY"}""".formatted(amount));
            assertThat(reply.status()).as(amount).isEqualTo(400);
        }
    }

    @Test
    void a_second_escrow_for_a_trade_is_a_conflict_that_names_the_existing_one() throws Exception {
        String escrowId = gateway.openEscrow("k-1", "t-1", 100).field("escrowId");

        var second = gateway.openEscrow("k-2", "t-1", 100);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.field("code")).isEqualTo("escrow-exists");
        assertThat(second.field("escrowId")).isEqualTo(escrowId);
        assertThat(gateway.get("/v1/escrows?tradeId=t-1").field("escrowId")).isEqualTo(escrowId);
    }

    @Test
    void a_refunded_escrow_cannot_be_released() throws Exception {
        String escrowId = gateway.openEscrow("k-1", "t-1", 100).field("escrowId");
        assertThat(gateway.post("/v1/escrows/" + escrowId + "/refund", "k-2", "{\"reason\":\"cancelled\"}")
                .field("state")).isEqualTo("REFUNDED");

        var release = gateway.post("/v1/escrows/" + escrowId + "/release", "k-3", "{\"feeFen\":3}");

        assertThat(release.status()).isEqualTo(409);
        assertThat(release.field("code")).isEqualTo("escrow-not-held");
        assertThat(gateway.get("/v1/escrows/" + escrowId).field("state")).isEqualTo("REFUNDED");
    }

    @Test
    void a_release_credits_the_payee_net_of_the_fee_and_a_payout_cannot_exceed_it() throws Exception {
        String escrowId = gateway.openEscrow("k-1", "t-1", 10_000).field("escrowId");
        var released = gateway.post("/v1/escrows/" + escrowId + "/release", "k-2", "{\"feeFen\":300}");
        assertThat(released.json().path("releasedToPayeeFen").asLong()).isEqualTo(9_700);
        assertThat(gateway.get("/v1/balances/seller-1").json().path("availableFen").asLong()).isEqualTo(9_700);

        var tooMuch = gateway.post("/v1/payouts", "k-3", "{\"payeeId\":\"seller-1\",\"amountFen\":9701,\"currency\":\"CNY\"}");
        var payout = gateway.post("/v1/payouts", "k-4", "{\"payeeId\":\"seller-1\",\"amountFen\":9700,\"currency\":\"CNY\"}");

        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.field("code")).isEqualTo("insufficient-balance");
        assertThat(payout.status()).isEqualTo(201);
        assertThat(gateway.get("/v1/payouts/" + payout.field("payoutId")).field("state")).isEqualTo("PAID");
        assertThat(gateway.get("/v1/balances/seller-1").json().path("availableFen").asLong()).isZero();
    }

    @Test
    void a_completed_operation_can_be_looked_up_by_its_key_and_an_unknown_key_is_404() throws Exception {
        var opened = gateway.openEscrow("key/with space", "t-1", 100);

        var operation = gateway.get("/v1/operations/key%2Fwith%20space");

        assertThat(operation.status()).isEqualTo(200);
        assertThat(operation.json().path("status").asInt()).isEqualTo(201);
        assertThat(operation.json().path("response").path("escrowId").asString()).isEqualTo(opened.field("escrowId"));
        assertThat(gateway.get("/v1/operations/never-sent").status()).isEqualTo(404);
    }

    @Test
    void concurrent_retries_of_one_key_open_one_escrow_and_all_see_the_same_reply() throws Exception {
        List<GatewayCalls.Reply> replies = inParallel(16, i -> gateway.openEscrow("same-key", "t-1", 100));

        assertThat(replies).extracting(GatewayCalls.Reply::status).containsOnly(201);
        assertThat(replies).extracting(GatewayCalls.Reply::body).containsOnly(replies.get(0).body());
        assertThat(simulator.stats().operationsApplied()).isEqualTo(1);
    }

    @Test
    void concurrent_escrows_for_one_trade_under_different_keys_leave_exactly_one() throws Exception {
        List<GatewayCalls.Reply> replies = inParallel(16, i -> gateway.openEscrow("key-" + i, "t-1", 100));

        assertThat(replies).filteredOn(reply -> reply.status() == 201).hasSize(1);
        assertThat(replies).filteredOn(reply -> reply.status() == 409).hasSize(15);
    }

    @Test
    void a_declined_payer_gets_402_and_a_retry_gets_the_same_answer() throws Exception {
        simulator.replaceFaults(simulator.faults().declining(List.of("buyer-1")));

        var declined = gateway.openEscrow("k-1", "t-1", 100);
        var retried = gateway.openEscrow("k-1", "t-1", 100);

        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.field("code")).isEqualTo("payment-declined");
        assertThat(retried.body()).isEqualTo(declined.body());
        assertThat(gateway.get("/v1/escrows?tradeId=t-1").status()).isEqualTo(404);
    }

    @Test
    void unknown_routes_and_escrows_are_404_and_other_methods_405() throws Exception {
        assertThat(gateway.get("/v1/escrows/esc_nope").status()).isEqualTo(404);
        assertThat(gateway.post("/v1/elsewhere", "k", "{}").status()).isEqualTo(404);
        assertThat(gateway.put("/v1/escrows", "{}").status()).isEqualTo(405);
        assertThat(gateway.post("/v1/escrows/esc_nope/release", "k-9", "{}").status()).isEqualTo(404);
        assertThat(gateway.get("/health").field("status")).isEqualTo("UP");
    }

    interface Call {
        GatewayCalls.Reply call(int i) throws Exception;
    }

    static List<GatewayCalls.Reply> inParallel(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<GatewayCalls.Reply>> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                tasks.add(() -> call.call(index));
            }
            List<GatewayCalls.Reply> replies = new ArrayList<>();
            for (Future<GatewayCalls.Reply> future : pool.invokeAll(tasks)) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
