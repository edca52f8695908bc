package cn.sz.dataexchange.settlement.gateway.protocol;

/** {@code GET /admin/stats}: what reached the simulator, for tests (e.g. that an open circuit stopped calls). */
public record GatewayStats(long requests, long failuresInjected, long hangsInjected, long operationsApplied,
        long replays) {
}
