package cn.sz.dataexchange.settlement.gateway.simulator;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Completed operations by idempotency key. Guarded by the simulator's lock like {@link GatewayBook}. */
final class IdempotencyLog {

    private final Map<String, CompletedOperation> byKey = new HashMap<>();

    Optional<CompletedOperation> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    void remember(CompletedOperation operation) {
        byKey.putIfAbsent(operation.key(), operation);
    }
}
