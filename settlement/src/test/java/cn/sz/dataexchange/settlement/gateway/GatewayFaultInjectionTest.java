package cn.sz.dataexchange.settlement.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.sz.dataexchange.settlement.gateway.protocol.FaultSettings;
import cn.sz.dataexchange.settlement.gateway.simulator.GatewaySimulator;
import cn.sz.dataexchange.settlement.gateway.simulator.SimulatorConfig;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayFaultInjectionTest {

    @Test
    void an_injected_failure_answers_503_without_doing_the_operation_and_a_retry_with_the_same_key_succeeds()
            throws Exception {
        try (GatewaySimulator simulator = GatewaySimulator.start(SimulatorConfig.onLoopback()
                .withFaults(FaultSettings.none().failingNext(2)))) {
            GatewayCalls gateway = new GatewayCalls(simulator.baseUri());

            var first = gateway.openEscrow("k-1", "t-1", 100);
            var second = gateway.openEscrow("k-1", "t-1", 100);
            var third = gateway.openEscrow("k-1", "t-1", 100);

            assertThat(first.status()).isEqualTo(503);
            assertThat(first.header("Retry-After")).isEqualTo("1");
            assertThat(first.field("code")).isEqualTo("gateway-unavailable");
            assertThat(second.status()).isEqualTo(503);
            assertThat(third.status()).isEqualTo(201);
            assertThat(simulator.stats().failuresInjected()).isEqualTo(2);
            assertThat(simulator.stats().operationsApplied()).isEqualTo(1);
        }
    }

    @Test
    void the_admin_endpoint_turns_every_call_into_a_failure_and_back_at_runtime() throws Exception {
        try (GatewaySimulator simulator = GatewaySimulator.start(SimulatorConfig.onLoopback())) {
            GatewayCalls gateway = new GatewayCalls(simulator.baseUri());

            var set = gateway.put("/admin/faults", """
                    {"fixedLatencyMs":0,"jitterMs":0,"failureRateBps":10000,"hangRateBps":0,"hangMs":0,
                     "failNext":0,"hangNext":0,"declinedPayers":[],"seed":7}""");
            assertThat(set.status()).isEqualTo(200);
            for (int i = 0; i < 5; i++) {
                assertThat(gateway.openEscrow("k-" + i, "t-" + i, 100).status()).isEqualTo(503);
            }
            assertThat(gateway.get("/admin/faults").json().path("failureRateBps").asInt()).isEqualTo(10_000);
            assertThat(gateway.get("/admin/stats").json().path("failuresInjected").asLong()).isEqualTo(5);

            assertThat(gateway.put("/admin/faults", "{\"seed\":7}").body()).contains("\"failureRateBps\":0");
            assertThat(gateway.openEscrow("k-0", "t-0", 100).status()).isEqualTo(201);
        }
    }

    @Test
    void invalid_fault_settings_are_refused() throws Exception {
        try (GatewaySimulator simulator = GatewaySimulator.start(SimulatorConfig.onLoopback())) {
            GatewayCalls gateway = new GatewayCalls(simulator.baseUri());

            assertThat(gateway.put("/admin/faults", "{\"failureRateBps\":10001}").status()).isEqualTo(400);
            assertThat(gateway.put("/admin/faults", "not json").status()).isEqualTo(400);
        }
    }

    @Test
    void a_hang_outlasts_the_client_timeout_but_the_operation_happens_and_can_be_found_afterwards() throws Exception {
        try (GatewaySimulator simulator = GatewaySimulator.start(SimulatorConfig.onLoopback()
                .withFaults(FaultSettings.none().hangingNext(1, 600)))) {
            GatewayCalls impatient = new GatewayCalls(simulator.baseUri()).withTimeout(Duration.ofMillis(150));
            GatewayCalls gateway = new GatewayCalls(simulator.baseUri());

            assertThatThrownBy(() -> impatient.openEscrow("k-1", "t-1", 100)).isInstanceOf(HttpTimeoutException.class);

            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                    .until(() -> gateway.get("/v1/operations/k-1").status() == 200);
            var retry = gateway.openEscrow("k-1", "t-1", 100);
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(simulator.stats().hangsInjected()).isEqualTo(1);
        }
    }

    @Test
    void latency_is_at_least_the_fixed_part() throws Exception {
        try (GatewaySimulator simulator = GatewaySimulator.start(SimulatorConfig.onLoopback()
                .withFaults(FaultSettings.none().withLatency(120, 30)))) {
            GatewayCalls gateway = new GatewayCalls(simulator.baseUri());

            long started = System.nanoTime();
            gateway.get("/v1/balances/anyone");
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(elapsedMs).isGreaterThanOrEqualTo(120);
            long adminStarted = System.nanoTime();
            gateway.get("/admin/stats");
            assertThat((System.nanoTime() - adminStarted) / 1_000_000).as("admin is never delayed").isLessThan(120);
        }
    }

    @Test
    void the_same_seed_and_calls_give_the_same_failures() throws Exception {
        FaultSettings halfFailing = FaultSettings.none().withFailureRate(5_000).withSeed(2026);
        assertThat(statusesOf(halfFailing)).isEqualTo(statusesOf(halfFailing))
                .contains(201, 503);
        assertThat(statusesOf(halfFailing.withSeed(1))).isNotEqualTo(statusesOf(halfFailing));
    }

    private static List<Integer> statusesOf(FaultSettings faults) throws Exception {
        try (GatewaySimulator simulator = GatewaySimulator.start(SimulatorConfig.onLoopback().withFaults(faults))) {
            GatewayCalls gateway = new GatewayCalls(simulator.baseUri());
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                statuses.add(gateway.openEscrow("k-" + i, "t-" + i, 100).status());
            }
            return statuses;
        }
    }
}
