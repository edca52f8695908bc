package cn.sz.dataexchange.api.payment.infrastructure;

import cn.sz.dataexchange.api.payment.PaymentProperties;
import cn.sz.dataexchange.settlement.gateway.protocol.FaultSettings;
import cn.sz.dataexchange.settlement.gateway.simulator.GatewaySimulator;
import cn.sz.dataexchange.settlement.gateway.simulator.SimulatorConfig;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded payment gateway: the settlement module's simulator, started on loopback. It stands
 * for an outside service, so there is one per JVM, shared by every application context in it (two
 * exchange instances in one test JVM must see the same gateway); the last context to close stops it.
 */
public final class EmbeddedGateway implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedGateway.class);
    private static GatewaySimulator shared;
    private static int users;

    private final GatewaySimulator simulator;
    private boolean closed;

    private EmbeddedGateway(GatewaySimulator simulator) {
        this.simulator = simulator;
    }

    public static synchronized EmbeddedGateway acquire(PaymentProperties.Embedded faults) {
        if (shared == null) {
            FaultSettings settings = new FaultSettings(faults.latencyMs(), faults.jitterMs(), faults.failureRateBps(),
                    faults.hangRateBps(), faults.hangMs(), 0, 0, List.of(), faults.seed());
            shared = GatewaySimulator.start(SimulatorConfig.onLoopback().withFaults(settings));
            log.info("Embedded payment gateway simulator listening at {}", shared.baseUri());
        }
        users++;
        return new EmbeddedGateway(shared);
    }

    public URI baseUri() {
        return simulator.baseUri();
    }

    /** The simulator itself, e.g. for tests that inject faults. */
    public GatewaySimulator simulator() {
        return simulator;
    }

    @Override
    public void close() {
        synchronized (EmbeddedGateway.class) {
            if (closed) {
                return;
            }
            closed = true;
            users--;
            if (users == 0 && shared != null) {
                shared.close();
                shared = null;
            }
        }
    }
}
