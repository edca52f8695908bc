package cn.sz.dataexchange.api.listings.model;

import cn.sz.dataexchange.validator.model.Verdict;
import java.time.Instant;
import java.util.UUID;

/**
 * One validation of one listing version, persisted with its progress so that any instance can
 * report it and another can take it over when its lease runs out. {@code report} is the
 * validator's report as JSON once it succeeded; {@code error} says why it failed.
 */
public record ValidationRun(UUID id, UUID listingId, int version, RunKind kind, RunState state, RunPhase phase,
                            long bytesRead, long rowsRead, long totalBytes, Verdict verdict, String report,
                            String error, int attempts, Instant createdAt, Instant startedAt, Instant finishedAt,
                            Instant updatedAt) {

    public static ValidationRun queued(UUID listingId, int version, RunKind kind, long totalBytes, Instant now) {
        return new ValidationRun(UUID.randomUUID(), listingId, version, kind, RunState.QUEUED, RunPhase.WAITING, 0, 0,
                totalBytes, null, null, null, 0, now, null, null, now);
    }

    /** Share of the asset read, 0 to 100. */
    public int percent() {
        if (state == RunState.SUCCEEDED || phase == RunPhase.DONE) {
            return 100;
        }
        return totalBytes <= 0 ? 0 : (int) Math.min(99, bytesRead * 100 / totalBytes);
    }
}
