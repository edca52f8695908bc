package cn.sz.dataexchange.settlement.gateway.simulator;

import cn.sz.dataexchange.settlement.gateway.protocol.FaultSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * Runs the simulator standalone until stopped. Options (all optional): {@code --host=127.0.0.1
 * --port=8089 --latency-ms=0 --jitter-ms=0 --failure-rate-bps=0 --hang-rate-bps=0 --hang-ms=0
 * --seed=42 --declined-payers=a,b}.
 */
public final class GatewaySimulatorMain {

    private GatewaySimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException, UnknownHostException {
        Map<String, String> options = Arrays.stream(args)
                .filter(arg -> arg.startsWith("--") && arg.contains("="))
                .collect(Collectors.toMap(arg -> arg.substring(2, arg.indexOf('=')), arg -> arg.substring(arg.indexOf('=') + 1)));
        FaultSettings faults = new FaultSettings(number(options, "latency-ms", 0), number(options, "jitter-ms", 0),
                (int) number(options, "failure-rate-bps", 0), (int) number(options, "hang-rate-bps", 0),
                number(options, "hang-ms", 0), 0, 0,
                options.containsKey("declined-payers") ? List.of(options.get("declined-payers").split(",")) : List.of(),
                number(options, "seed", 42));
        SimulatorConfig config = SimulatorConfig.onLoopback()
                .withPort((int) number(options, "port", 8089))
                .withFaults(faults);
        config = new SimulatorConfig(InetAddress.getByName(options.getOrDefault("host", "127.0.0.1")), config.port(),
                config.faults(), config.clock());
        GatewaySimulator simulator = GatewaySimulator.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }));
        System.out.println("payment gateway simulator listening on " + simulator.baseUri() + " with " + faults);
        stopped.await();
    }

    private static long number(Map<String, String> options, String name, long fallback) {
        return options.containsKey(name) ? Long.parseLong(options.get(name)) : fallback;
    }
}
