package cn.sz.dataexchange.settlement.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.settlement.gateway.protocol.FaultSettings;
import cn.sz.dataexchange.settlement.gateway.simulator.GatewaySimulator;
import cn.sz.dataexchange.settlement.gateway.simulator.SimulatorConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Clients that retry with the same key through random failures and hangs get every operation exactly once. */
class GatewayExactlyOnceTest {

    static final int TRADES = 40;
    static final long PRICE = 10_000;
    static final long FEE = 300;

    @Test
    void retrying_with_the_same_key_through_failures_and_hangs_applies_each_operation_exactly_once() throws Exception {
        FaultSettings flaky = FaultSettings.none().withLatency(1, 4).withFailureRate(3_000).withHangs(1_000, 300).withSeed(7);
        try (GatewaySimulator simulator = GatewaySimulator.start(SimulatorConfig.onLoopback().withFaults(flaky))) {
            GatewayCalls gateway = new GatewayCalls(simulator.baseUri()).withTimeout(Duration.ofMillis(150));

            List<GatewayCalls.Reply> released = GatewaySimulatorTest.inParallel(TRADES, i -> {
                String trade = "trade-" + i;
                String escrowId = untilAnswered(() -> gateway.openEscrow("open-" + trade, trade, PRICE)).field("escrowId");
                return untilAnswered(() -> gateway.post("/v1/escrows/" + escrowId + "/release", "release-" + trade,
                        "{\"feeFen\":" + FEE + "}"));
            });

            assertThat(released).extracting(GatewayCalls.Reply::status).containsOnly(200);
            simulator.replaceFaults(FaultSettings.none());
            GatewayCalls calm = new GatewayCalls(simulator.baseUri());
            assertThat(calm.get("/v1/balances/seller-1").json().path("availableFen").asLong())
                    .isEqualTo(TRADES * (PRICE - FEE));
            IntStream.range(0, TRADES).forEach(i -> assertThat(state(calm, "trade-" + i)).isEqualTo("RELEASED"));
            assertThat(simulator.stats().operationsApplied()).isEqualTo(2L * TRADES);
            assertThat(simulator.stats().failuresInjected()).isPositive();
            assertThat(simulator.stats().hangsInjected()).isPositive();
        }
    }

    interface Attempt {
        GatewayCalls.Reply send() throws IOException, InterruptedException;
    }

    private static GatewayCalls.Reply untilAnswered(Attempt attempt) throws IOException, InterruptedException {
        for (int tries = 0; tries < 100; tries++) {
            try {
                GatewayCalls.Reply reply = attempt.send();
                if (reply.status() != 503) {
                    return reply;
                }
            } catch (IOException timedOutOrCutOff) {
                // a timeout (HttpTimeoutException) or a connection closed under it: the operation may or
                // may not have happened, so retry with the same key
            }
        }
        throw new AssertionError("no answer after 100 tries");
    }

    private static String state(GatewayCalls gateway, String trade) {
        try {
            return gateway.get("/v1/escrows?tradeId=" + trade).field("state");
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
