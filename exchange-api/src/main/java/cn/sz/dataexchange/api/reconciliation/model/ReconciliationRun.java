package cn.sz.dataexchange.api.reconciliation.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One reconciliation of a period: who started it ({@code trigger}: {@code scheduler} or the
 * administrator), its state, and what it found. {@code newMismatches} counts the mismatches no earlier
 * run had reported; {@code mismatches} all it saw.
 */
public record ReconciliationRun(UUID id, LocalDate from, LocalDate to, Instant start, Instant end, String trigger,
                                RunState state, int ledgerRecords, int gatewayRecords, int matched, int mismatches,
                                int newMismatches, String error, Instant startedAt, Instant completedAt) {

    /** Persist {@link #code()}. RUNNING -> COMPLETED or FAILED; nothing else. */
    public enum RunState {
        RUNNING(1), COMPLETED(2), FAILED(3);

        private final int code;

        RunState(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        public static RunState fromCode(int code) {
            for (RunState s : values()) {
                if (s.code == code) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown run state code " + code);
        }
    }
}
