package cn.sz.dataexchange.api.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * A unit of deferred work: what to do ({@code kind}), to what ({@code subject}, e.g. a trade id),
 * when it is due, and how often it was tried. {@code attempts} counts claims, so it is also the
 * fencing number of the current lease.
 */
public record ScheduledTask(UUID id, String kind, String subject, String payload, Instant dueAt, int attempts,
                            int maxAttempts) {

    /** A task to create: due at {@code dueAt}, tried at most {@code maxAttempts} times. */
    public static ScheduledTask due(String kind, String subject, String payload, Instant dueAt, int maxAttempts) {
        return new ScheduledTask(UUID.randomUUID(), kind, subject, payload, dueAt, 0, maxAttempts);
    }

    public boolean isLastAttempt() {
        return attempts >= maxAttempts;
    }
}
