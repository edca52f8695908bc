package cn.sz.dataexchange.settlement.gateway.simulator;

import cn.sz.dataexchange.settlement.gateway.protocol.GatewayStats;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what reached the simulator, for {@code GET /admin/stats}. */
final class SimulatorCounters {

    final AtomicLong requests = new AtomicLong();
    final AtomicLong failuresInjected = new AtomicLong();
    final AtomicLong hangsInjected = new AtomicLong();
    final AtomicLong operationsApplied = new AtomicLong();
    final AtomicLong replays = new AtomicLong();

    GatewayStats snapshot() {
        return new GatewayStats(requests.get(), failuresInjected.get(), hangsInjected.get(), operationsApplied.get(),
                replays.get());
    }

    void reset() {
        requests.set(0);
        failuresInjected.set(0);
        hangsInjected.set(0);
        operationsApplied.set(0);
        replays.set(0);
    }
}
