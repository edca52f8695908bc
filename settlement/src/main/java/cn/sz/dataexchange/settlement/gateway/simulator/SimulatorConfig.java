package cn.sz.dataexchange.settlement.gateway.simulator;

import cn.sz.dataexchange.settlement.gateway.protocol.FaultSettings;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Objects;

/**
 * How to start the simulator: where it listens ({@code port} 0 picks a free port), its starting
 * faults (also what {@code POST /admin/reset} goes back to), and the clock for its timestamps.
 */
public record SimulatorConfig(InetAddress host, int port, FaultSettings faults, Clock clock) {

    public SimulatorConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be within 0..65535");
        }
    }

    /** Loopback, an ephemeral port, no faults, the system clock in UTC. */
    public static SimulatorConfig onLoopback() {
        return new SimulatorConfig(InetAddress.getLoopbackAddress(), 0, FaultSettings.none(), Clock.systemUTC());
    }

    public SimulatorConfig withPort(int newPort) {
        return new SimulatorConfig(host, newPort, faults, clock);
    }

    public SimulatorConfig withFaults(FaultSettings newFaults) {
        return new SimulatorConfig(host, port, newFaults, clock);
    }

    public SimulatorConfig withClock(Clock newClock) {
        return new SimulatorConfig(host, port, faults, newClock);
    }
}
