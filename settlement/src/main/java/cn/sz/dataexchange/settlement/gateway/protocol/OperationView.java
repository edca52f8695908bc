package cn.sz.dataexchange.settlement.gateway.protocol;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v1/operations/{idempotencyKey}}: the request completed under that key and the response
 * it got, so a client that crashed or timed out after sending can learn whether it happened.
 */
public record OperationView(String idempotencyKey, String method, String path, int status, JsonNode response,
        String completedAt) {
}
