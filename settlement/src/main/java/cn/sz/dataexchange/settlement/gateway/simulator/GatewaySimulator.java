package cn.sz.dataexchange.settlement.gateway.simulator;

import cn.sz.dataexchange.settlement.gateway.protocol.FaultSettings;
import cn.sz.dataexchange.settlement.gateway.protocol.GatewayStats;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running simulated payment gateway: its own HTTP server (JDK {@code HttpServer}) on its own
 * threads. Start it in-process with {@link #start(SimulatorConfig)}, call it over HTTP at
 * {@link #baseUri()}, change faults at runtime with {@link #replaceFaults} or {@code PUT /admin/faults},
 * and {@link #close()} it. The wire protocol is in the settlement README.
 */
public final class GatewaySimulator implements AutoCloseable {

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs:
        // ~40 ms per call. Read once by the JDK when its first HttpServer starts; a value set by the
        // user is kept.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final SimulatorState state;

    private GatewaySimulator(HttpServer server, ExecutorService workers, SimulatorState state) {
        this.server = server;
        this.workers = workers;
        this.state = state;
    }

    public static GatewaySimulator start(SimulatorConfig config) {
        SimulatorState state = new SimulatorState(config.faults(), config.clock());
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 128);
        } catch (IOException cannotBind) {
            throw new UncheckedIOException("cannot listen on " + config.host() + ":" + config.port(), cannotBind);
        }
        AdminHandler admin = new AdminHandler(state, config.faults());
        server.createContext("/v1", new ApiHandler(state, config.clock()));
        server.createContext("/admin", admin);
        server.createContext("/health", admin);
        ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());
        server.setExecutor(workers);
        server.start();
        return new GatewaySimulator(server, workers, state);
    }

    /** e.g. {@code http://127.0.0.1:41234} (no trailing slash). */
    public URI baseUri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public FaultSettings faults() {
        return state.faults.settings();
    }

    public void replaceFaults(FaultSettings faults) {
        state.faults.replace(faults);
    }

    public GatewayStats stats() {
        return state.counters.snapshot();
    }

    /** Stops listening at once; calls in progress (e.g. hanging ones) are abandoned. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "gateway-simulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
