package cn.sz.dataexchange.settlement.gateway.simulator;

import cn.sz.dataexchange.settlement.gateway.protocol.OperationView;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Serves {@code /v1}: applies the injected latency and faults, then reads or, for POST, runs the
 * command exactly once per {@code Idempotency-Key} (same key and body: the stored reply again; same
 * key, different request: 422). Book and log change under one lock, so concurrent retries are safe.
 */
final class ApiHandler implements HttpHandler {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final SimulatorState state;
    private final Clock clock;

    ApiHandler(SimulatorState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try (exchange) {
            handleOpen(exchange);
        } catch (IOException clientGone) {
            // the client stopped waiting (e.g. its timeout during a hang); the operation still stands
        }
    }

    private void handleOpen(HttpExchange exchange) throws IOException {
        try {
            state.counters.requests.incrementAndGet();
            Fault fault = state.faults.nextCall();
            Thread.sleep(fault.latencyMs());
            if (fault.kind() == Fault.Kind.FAIL) {
                state.counters.failuresInjected.incrementAndGet();
                ExchangeIo.send(exchange, GatewayReply.problem(503, "gateway-unavailable", "Gateway unavailable",
                        "injected failure: the operation was not performed; retry with the same Idempotency-Key"));
                return;
            }
            if (fault.kind() == Fault.Kind.HANG) {
                state.counters.hangsInjected.incrementAndGet();
                Thread.sleep(fault.hangMs());
            }
            serve(exchange);
        } catch (InvalidRequest invalid) {
            ExchangeIo.send(exchange, GatewayReply.problem(400, "invalid-request", "Invalid request", invalid.getMessage()));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        List<String> segments = ExchangeIo.segments(exchange);
        switch (exchange.getRequestMethod()) {
            case "GET" -> ExchangeIo.send(exchange, read(segments, exchange));
            case "POST" -> runCommand(exchange, segments);
            default -> ExchangeIo.send(exchange, GatewayReply.problem(405, "method-not-allowed", "Method not allowed",
                    exchange.getRequestMethod() + " is not served here"));
        }
    }

    private GatewayReply read(List<String> segments, HttpExchange exchange) {
        synchronized (state) {
            if (segments.equals(List.of("operations"))) {
                return OperationListing.list(ExchangeIo.query(exchange), state.log, state.book);
            }
            if (segments.equals(List.of("escrows")) && ExchangeIo.query(exchange).containsKey("tradeId")) {
                return state.book.escrowOfTrade(ExchangeIo.query(exchange).get("tradeId"));
            }
            if (segments.size() == 2) {
                String id = segments.get(1);
                switch (segments.get(0)) {
                    case "escrows": return state.book.escrow(id);
                    case "payouts": return state.book.payout(id);
                    case "balances": return state.book.balance(id);
                    case "operations": return operation(id);
                    default: break;
                }
            }
            return noSuchEndpoint();
        }
    }

    private GatewayReply operation(String key) {
        return state.log.find(key)
                .map(op -> GatewayReply.ok(new OperationView(op.key(), op.method(), op.path(), op.status(), op.response(),
                        op.completedAt().toString())))
                .orElseGet(() -> GatewayReply.notFound("operation", key));
    }

    private void runCommand(HttpExchange exchange, List<String> segments) throws IOException {
        if (!GatewayCommands.isCommandRoute(segments)) {
            ExchangeIo.send(exchange, noSuchEndpoint());
            return;
        }
        String key = exchange.getRequestHeaders().getFirst(IDEMPOTENCY_KEY);
        if (key == null || key.isBlank() || key.length() > 255) {
            throw new InvalidRequest("an Idempotency-Key header of 1 to 255 characters is required");
        }
        String path = exchange.getRequestURI().getRawPath();
        JsonNode request = Json.read(ExchangeIo.body(exchange));
        CompletedOperation completed;
        boolean replayed;
        synchronized (state) {
            Optional<CompletedOperation> earlier = state.log.find(key);
            replayed = earlier.isPresent();
            if (replayed && !earlier.get().isSameRequest("POST", path, request)) {
                ExchangeIo.send(exchange, GatewayReply.problem(422, "idempotency-key-reused", "Idempotency key reused",
                        "key " + key + " was used for a different request to " + earlier.get().path()));
                return;
            }
            completed = earlier.orElseGet(() -> {
                GatewayReply reply = GatewayCommands.apply(segments, request, state.book, state.faults.settings().declinedPayers());
                CompletedOperation done = new CompletedOperation(key, "POST", path, request, reply.status(),
                        Json.tree(reply.body()), clock.instant());
                state.log.remember(done);
                return done;
            });
        }
        (replayed ? state.counters.replays : state.counters.operationsApplied).incrementAndGet();
        ExchangeIo.send(exchange, completed.status(), completed.response(), completed.status() >= 400, replayed);
    }

    private static GatewayReply noSuchEndpoint() {
        return GatewayReply.problem(404, "no-such-endpoint", "No such endpoint", "see the settlement README for the protocol");
    }
}
