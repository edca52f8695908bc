package cn.sz.dataexchange.settlement.gateway.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Completed operations by idempotency key. Guarded by the simulator's lock like {@link GatewayBook}. */
final class IdempotencyLog {

    private final Map<String, CompletedOperation> byKey = new HashMap<>();
    private final List<CompletedOperation> inOrder = new ArrayList<>();

    Optional<CompletedOperation> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    void remember(CompletedOperation operation) {
        if (byKey.putIfAbsent(operation.key(), operation) == null) {
            inOrder.add(operation);
        }
    }

    /** The operations in the order they completed, from position {@code from} on. */
    List<CompletedOperation> inOrderFrom(int from) {
        return inOrder.subList(Math.min(from, inOrder.size()), inOrder.size());
    }
}
