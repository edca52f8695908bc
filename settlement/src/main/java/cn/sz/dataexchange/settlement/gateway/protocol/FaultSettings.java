package cn.sz.dataexchange.settlement.gateway.protocol;

import java.util.List;

/**
 * The simulator's faults, read and replaced at {@code /admin/faults}. Rates are in basis points
 * (10,000 = every call). Every {@code /v1} call first waits {@code fixedLatencyMs} plus a uniform
 * jitter in {@code [0, jitterMs]}; then the next {@code failNext} calls (or, by chance, calls at
 * {@code failureRateBps}) answer 503 without doing anything, and the next {@code hangNext} calls
 * (or calls at {@code hangRateBps}) wait {@code hangMs} more and then do their work. Payers in
 * {@code declinedPayers} get 402 when they open an escrow. {@code seed} fixes the random sequence.
 */
public record FaultSettings(long fixedLatencyMs, long jitterMs, int failureRateBps, int hangRateBps, long hangMs,
        int failNext, int hangNext, List<String> declinedPayers, long seed) {

    public FaultSettings {
        if (fixedLatencyMs < 0 || jitterMs < 0 || hangMs < 0 || failNext < 0 || hangNext < 0) {
            throw new IllegalArgumentException("latencies and counts must not be negative");
        }
        if (failureRateBps < 0 || hangRateBps < 0 || (long) failureRateBps + hangRateBps > 10_000) {
            throw new IllegalArgumentException("failureRateBps + hangRateBps must be within 0..10000");
        }
        declinedPayers = declinedPayers == null ? List.of() : List.copyOf(declinedPayers);
    }

    /** No latency and no failures: a well-behaved gateway. */
    public static FaultSettings none() {
        return new FaultSettings(0, 0, 0, 0, 0, 0, 0, List.of(), 42);
    }

    public FaultSettings withLatency(long fixedMs, long jitter) {
        return new FaultSettings(fixedMs, jitter, failureRateBps, hangRateBps, hangMs, failNext, hangNext, declinedPayers, seed);
    }

    public FaultSettings withFailureRate(int bps) {
        return new FaultSettings(fixedLatencyMs, jitterMs, bps, hangRateBps, hangMs, failNext, hangNext, declinedPayers, seed);
    }

    public FaultSettings withHangs(int rateBps, long forMs) {
        return new FaultSettings(fixedLatencyMs, jitterMs, failureRateBps, rateBps, forMs, failNext, hangNext, declinedPayers, seed);
    }

    public FaultSettings failingNext(int calls) {
        return new FaultSettings(fixedLatencyMs, jitterMs, failureRateBps, hangRateBps, hangMs, calls, hangNext, declinedPayers, seed);
    }

    public FaultSettings hangingNext(int calls, long forMs) {
        return new FaultSettings(fixedLatencyMs, jitterMs, failureRateBps, hangRateBps, forMs, failNext, calls, declinedPayers, seed);
    }

    public FaultSettings declining(List<String> payers) {
        return new FaultSettings(fixedLatencyMs, jitterMs, failureRateBps, hangRateBps, hangMs, failNext, hangNext, payers, seed);
    }

    public FaultSettings withSeed(long newSeed) {
        return new FaultSettings(fixedLatencyMs, jitterMs, failureRateBps, hangRateBps, hangMs, failNext, hangNext, declinedPayers, newSeed);
    }
}
