package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.listings.model.RunPhase;
import cn.sz.dataexchange.validator.ProgressListener;
import cn.sz.dataexchange.validator.ValidationPhase;
import cn.sz.dataexchange.validator.ValidationProgress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the validator's progress to the run's row (at most every {@code interval}, and at every
 * phase change), which also renews the lease; any instance serves it from there. Runs on the
 * validation worker thread and blocks there, never on an event loop.
 */
final class PersistedProgress implements ProgressListener {

    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    private final ValidationRuns runs;
    private final UUID runId;
    private final String owner;
    private final Clock clock;
    private final Duration interval;
    private final Duration lease;
    private Instant lastWrite = Instant.MIN;
    private ValidationPhase lastPhase;
    private volatile ValidationProgress latest;

    PersistedProgress(ValidationRuns runs, UUID runId, String owner, Clock clock, Duration interval, Duration lease) {
        this.runs = runs;
        this.runId = runId;
        this.owner = owner;
        this.clock = clock;
        this.interval = interval;
        this.lease = lease;
    }

    @Override
    public void onProgress(ValidationProgress progress) {
        latest = progress;
        Instant now = clock.instant();
        if (progress.phase() == lastPhase && now.isBefore(lastWrite.plus(interval))) {
            return;
        }
        lastPhase = progress.phase();
        lastWrite = now;
        Boolean held = runs.progress(runId, owner, RunPhase.of(progress.phase()), progress.bytesRead(), progress.rowsRead(),
                now, now.plus(lease)).block(WRITE_TIMEOUT);
        if (!Boolean.TRUE.equals(held)) {
            throw new LeaseLost(runId);
        }
    }

    long bytesRead() {
        return latest == null ? 0 : latest.bytesRead();
    }

    long rowsRead() {
        return latest == null ? 0 : latest.rowsRead();
    }
}
