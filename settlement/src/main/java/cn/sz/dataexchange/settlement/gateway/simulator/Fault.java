package cn.sz.dataexchange.settlement.gateway.simulator;

/** What the fault injector decided for one call: how long to delay it, and whether to fail or hang it. */
record Fault(long latencyMs, Kind kind, long hangMs) {

    enum Kind {
        NONE,
        /** Answer 503 without doing the operation. */
        FAIL,
        /** Wait {@code hangMs} more, then do the operation and answer (late). */
        HANG
    }
}
