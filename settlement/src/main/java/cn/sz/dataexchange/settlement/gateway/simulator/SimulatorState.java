package cn.sz.dataexchange.settlement.gateway.simulator;

import cn.sz.dataexchange.settlement.gateway.protocol.FaultSettings;
import java.time.Clock;

/**
 * Everything the simulator remembers. {@link #book} and {@link #log} change only while holding this
 * object's monitor; faults and counters are thread-safe on their own.
 */
final class SimulatorState {

    final FaultInjector faults;
    final SimulatorCounters counters = new SimulatorCounters();
    private final Clock clock;
    GatewayBook book;
    IdempotencyLog log;

    SimulatorState(FaultSettings faults, Clock clock) {
        this.faults = new FaultInjector(faults);
        this.clock = clock;
        clear();
    }

    /** Forgets every escrow, payout, balance and completed operation. */
    synchronized void clear() {
        book = new GatewayBook(clock);
        log = new IdempotencyLog();
        counters.reset();
    }
}
