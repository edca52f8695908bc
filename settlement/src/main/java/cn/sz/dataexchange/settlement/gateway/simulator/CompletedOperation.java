package cn.sz.dataexchange.settlement.gateway.simulator;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** A request completed under an idempotency key, kept so a retry gets the same answer. */
record CompletedOperation(String key, String method, String path, JsonNode request, int status, JsonNode response,
        Instant completedAt) {

    /** The same request: same method, path and JSON body (compared as JSON values, not bytes). */
    boolean isSameRequest(String otherMethod, String otherPath, JsonNode otherRequest) {
        return method.equals(otherMethod) && path.equals(otherPath) && request.equals(otherRequest);
    }
}
