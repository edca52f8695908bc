package cn.sz.dataexchange.settlement.gateway.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reading requests from and writing JSON replies to a JDK {@link HttpExchange}. */
final class ExchangeIo {

    static final int MAX_BODY_BYTES = 64 * 1024;

    private ExchangeIo() {
    }

    static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new InvalidRequest("the body is larger than " + MAX_BODY_BYTES + " bytes");
            }
            return body;
        }
    }

    /** The decoded path segments after the context, e.g. {@code /v1/escrows/x/release} -> [escrows, x, release]. */
    static List<String> segments(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawPath();
        String context = exchange.getHttpContext().getPath();
        List<String> segments = new ArrayList<>();
        for (String segment : raw.substring(Math.min(raw.length(), context.length())).split("/")) {
            if (!segment.isEmpty()) {
                segments.add(URLDecoder.decode(segment, StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    static void send(HttpExchange exchange, GatewayReply reply) throws IOException {
        send(exchange, reply.status(), Json.tree(reply.body()), reply.isProblem(), false);
    }

    static void send(HttpExchange exchange, int status, JsonNode body, boolean problem, boolean replayed)
            throws IOException {
        byte[] bytes = Json.bytes(body);
        exchange.getResponseHeaders().set("Content-Type",
                problem ? "application/problem+json" : "application/json");
        if (replayed) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        if (status == 503) {
            exchange.getResponseHeaders().set("Retry-After", "1");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void sendEmpty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
