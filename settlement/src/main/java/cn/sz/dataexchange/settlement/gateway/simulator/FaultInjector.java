package cn.sz.dataexchange.settlement.gateway.simulator;

import cn.sz.dataexchange.settlement.gateway.protocol.FaultSettings;
import java.util.SplittableRandom;

/**
 * Decides each call's latency and fault from the current {@link FaultSettings}. Draws come from one
 * random sequence seeded by {@link FaultSettings#seed()}: the same settings and the same order of
 * calls give the same faults. Every call draws the same number of values, so a change of rates does
 * not shift the sequence. Thread-safe.
 */
final class FaultInjector {

    private FaultSettings settings;
    private SplittableRandom random;

    FaultInjector(FaultSettings initial) {
        replace(initial);
    }

    synchronized FaultSettings settings() {
        return settings;
    }

    /** New settings take effect for the next call; the random sequence restarts from their seed. */
    synchronized void replace(FaultSettings next) {
        settings = next;
        random = new SplittableRandom(next.seed());
    }

    synchronized Fault nextCall() {
        long jitter = random.nextLong(settings.jitterMs() + 1);
        int draw = random.nextInt(10_000);
        long latency = settings.fixedLatencyMs() + jitter;
        if (settings.failNext() > 0) {
            settings = settings.failingNext(settings.failNext() - 1);
            return new Fault(latency, Fault.Kind.FAIL, 0);
        }
        if (settings.hangNext() > 0) {
            settings = settings.hangingNext(settings.hangNext() - 1, settings.hangMs());
            return new Fault(latency, Fault.Kind.HANG, settings.hangMs());
        }
        if (draw < settings.failureRateBps()) {
            return new Fault(latency, Fault.Kind.FAIL, 0);
        }
        if (draw < settings.failureRateBps() + settings.hangRateBps()) {
            return new Fault(latency, Fault.Kind.HANG, settings.hangMs());
        }
        return new Fault(latency, Fault.Kind.NONE, 0);
    }
}
