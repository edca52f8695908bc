package cn.sz.dataexchange.settlement.gateway.simulator;

import cn.sz.dataexchange.settlement.gateway.protocol.FaultSettings;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * Serves {@code /admin} (never delayed or failed): {@code GET|PUT /admin/faults},
 * {@code GET /admin/stats}, {@code POST /admin/reset}; and {@code GET /health}.
 */
final class AdminHandler implements HttpHandler {

    private final SimulatorState state;
    private final FaultSettings initialFaults;

    AdminHandler(SimulatorState state, FaultSettings initialFaults) {
        this.state = state;
        this.initialFaults = initialFaults;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try (exchange) {
            serve(exchange, exchange.getRequestMethod() + " " + String.join("/", ExchangeIo.segments(exchange)));
        } catch (IOException clientGone) {
            // nothing to answer to
        }
    }

    private void serve(HttpExchange exchange, String route) throws IOException {
        boolean health = exchange.getHttpContext().getPath().equals("/health");
        if (health) {
            ExchangeIo.send(exchange, GatewayReply.ok(java.util.Map.of("status", "UP")));
            return;
        }
        switch (route) {
            case "GET faults" -> ExchangeIo.send(exchange, GatewayReply.ok(state.faults.settings()));
            case "PUT faults" -> replaceFaults(exchange);
            case "GET stats" -> ExchangeIo.send(exchange, GatewayReply.ok(state.counters.snapshot()));
            case "POST reset" -> {
                state.clear();
                state.faults.replace(initialFaults);
                ExchangeIo.sendEmpty(exchange, 204);
            }
            default -> ExchangeIo.send(exchange, GatewayReply.problem(404, "no-such-endpoint", "No such endpoint",
                    "admin routes: GET|PUT /admin/faults, GET /admin/stats, POST /admin/reset"));
        }
    }

    private void replaceFaults(HttpExchange exchange) throws IOException {
        FaultSettings settings;
        try {
            settings = Json.MAPPER.readValue(ExchangeIo.body(exchange), FaultSettings.class);
        } catch (JacksonException | IllegalArgumentException | InvalidRequest bad) {
            ExchangeIo.send(exchange, GatewayReply.problem(400, "invalid-request", "Invalid fault settings",
                    bad.getMessage()));
            return;
        }
        state.faults.replace(settings.declinedPayers() == null ? settings.declining(List.of()) : settings);
        ExchangeIo.send(exchange, GatewayReply.ok(state.faults.settings()));
    }
}
