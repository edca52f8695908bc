package cn.sz.dataexchange.settlement.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A thin java.net.http client for the simulator's protocol, as a test would write it. */
final class GatewayCalls {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private Duration timeout = Duration.ofSeconds(5);

    GatewayCalls(URI base) {
        this.base = base;
    }

    GatewayCalls withTimeout(Duration newTimeout) {
        this.timeout = newTimeout;
        return this;
    }

    Reply post(String path, String key, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request.build());
    }

    Reply put(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET().build());
    }

    Reply openEscrow(String key, String trade, long amountFen) throws IOException, InterruptedException {
        return post("/v1/escrows", key, """
                {"tradeId":"%s","payerId":"buyer-1","payeeId":"seller-1","amountFen":%d,"currency":"CNY"}"""
                .formatted(trade, amountFen));
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response);
    }

    record Reply(int status, String body, HttpResponse<String> raw) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (RuntimeException e) {
                throw new UncheckedIOException(new IOException("not JSON: " + body, e));
            }
        }

        String field(String name) {
            return json().path(name).asString();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }
}
