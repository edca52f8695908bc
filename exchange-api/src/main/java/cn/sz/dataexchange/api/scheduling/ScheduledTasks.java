package cn.sz.dataexchange.api.scheduling;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The task table. Leases are timed by the database's clock ({@code clock_timestamp()}), which all
 * instances share; due times by the injected {@link Clock}, which is business time.
 */
@Component
public class ScheduledTasks {

    private final DatabaseClient db;
    private final Clock clock;

    public ScheduledTasks(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Adds a task for any instance to claim when due; joins the caller's transaction. */
    public Mono<Void> schedule(ScheduledTask t) {
        return db.sql("""
                        INSERT INTO scheduled_tasks (id, kind, subject, payload, due_at, attempts, max_attempts, created_at)
                        VALUES (:id, :kind, :subject, :payload, :due, :attempts, :max, :now)""")
                .bind("id", t.id()).bind("kind", t.kind()).bind("subject", t.subject()).bind("payload", t.payload())
                .bind("due", t.dueAt()).bind("attempts", t.attempts()).bind("max", t.maxAttempts())
                .bind("now", clock.instant())
                .then();
    }

    /**
     * Adds a task unless one with its id exists (done or not): for work that must be planned once
     * although several instances plan it, the id derived from what the task is for.
     */
    public Mono<Void> scheduleOnce(ScheduledTask t) {
        return db.sql("""
                        INSERT INTO scheduled_tasks (id, kind, subject, payload, due_at, attempts, max_attempts, created_at)
                        VALUES (:id, :kind, :subject, :payload, :due, :attempts, :max, :now) ON CONFLICT (id) DO NOTHING""")
                .bind("id", t.id()).bind("kind", t.kind()).bind("subject", t.subject()).bind("payload", t.payload())
                .bind("due", t.dueAt()).bind("attempts", t.attempts()).bind("max", t.maxAttempts())
                .bind("now", clock.instant())
                .then();
    }

    /**
     * Adds {@code t} unless its subject has an open task already (a recurring job that every instance
     * bootstraps at start: one task, whichever instance is first). Call it inside a transaction: an
     * advisory lock on the subject, held until the transaction ends, serialises the instances, and the
     * check is a statement after the lock, so it sees a task another instance committed. True if added.
     */
    public Mono<Boolean> scheduleUnlessOpen(ScheduledTask t) {
        return db.sql("SELECT pg_advisory_xact_lock(hashtext(:subject))").bind("subject", t.subject()).then()
                .then(db.sql("""
                        INSERT INTO scheduled_tasks (id, kind, subject, payload, due_at, attempts, max_attempts, created_at)
                        SELECT :id, :kind, :subject, :payload, :due, 0, :max, :now
                        WHERE NOT EXISTS (SELECT 1 FROM scheduled_tasks WHERE subject = :subject AND completed_at IS NULL)
                        RETURNING id""")
                        .bind("id", t.id()).bind("kind", t.kind()).bind("subject", t.subject())
                        .bind("payload", t.payload()).bind("due", t.dueAt()).bind("max", t.maxAttempts())
                        .bind("now", clock.instant())
                        .map(row -> true).one().defaultIfEmpty(false));
    }

    /** Claims up to {@code batch} due tasks nobody holds; rows other instances are claiming right now are skipped. */
    public Flux<ClaimedTask> claimDue(String owner, int batch, Duration lease) {
        return db.sql("""
                        UPDATE scheduled_tasks t
                        SET lease_owner = :owner, lease_expires_at = clock_timestamp() + make_interval(secs => :lease),
                            attempts = t.attempts + 1
                        FROM (SELECT id FROM scheduled_tasks
                              WHERE completed_at IS NULL AND due_at <= :now
                                AND (lease_expires_at IS NULL OR lease_expires_at < clock_timestamp())
                              ORDER BY due_at LIMIT :batch
                              FOR UPDATE SKIP LOCKED) due
                        WHERE t.id = due.id
                        RETURNING t.id, t.kind, t.subject, t.payload, t.due_at, t.attempts, t.max_attempts""")
                .bind("owner", owner).bind("lease", lease.toMillis() / 1000.0).bind("now", clock.instant())
                .bind("batch", batch)
                .map(ScheduledTasks::toTask)
                .all()
                .map(task -> new ClaimedTask(task, owner, this));
    }

    /** Closes a task this lease still holds; otherwise fails with {@link LeaseLost} so the caller's transaction rolls back. */
    public Mono<Void> complete(ClaimedTask claimed, String outcome) {
        return db.sql("""
                        UPDATE scheduled_tasks SET completed_at = :now, outcome = :outcome, completed_by = :owner,
                               lease_owner = NULL, lease_expires_at = NULL
                        WHERE id = :id AND lease_owner = :owner AND attempts = :attempt AND completed_at IS NULL""")
                .bind("now", clock.instant()).bind("outcome", outcome).bind("id", claimed.task().id())
                .bind("owner", claimed.owner()).bind("attempt", claimed.task().attempts())
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty()
                        : Mono.error(new LeaseLost(claimed.task(), claimed.owner())));
    }

    /** Closes the task if this lease still holds it open (the handler did not close it itself). */
    public Mono<Void> completeIfOpen(ClaimedTask claimed) {
        return db.sql("""
                        UPDATE scheduled_tasks SET completed_at = :now, outcome = 'done', completed_by = :owner,
                               lease_owner = NULL, lease_expires_at = NULL
                        WHERE id = :id AND lease_owner = :owner AND attempts = :attempt AND completed_at IS NULL""")
                .bind("now", clock.instant()).bind("id", claimed.task().id())
                .bind("owner", claimed.owner()).bind("attempt", claimed.task().attempts())
                .then();
    }

    /** Gives the task back to be tried again at {@code at}; a no-op if the lease was lost meanwhile. */
    public Mono<Void> retryLater(ClaimedTask claimed, Instant at, String error) {
        return db.sql("""
                        UPDATE scheduled_tasks SET due_at = :at, last_error = :error,
                               lease_owner = NULL, lease_expires_at = NULL
                        WHERE id = :id AND lease_owner = :owner AND attempts = :attempt AND completed_at IS NULL""")
                .bind("at", at).bind("error", abbreviate(error)).bind("id", claimed.task().id())
                .bind("owner", claimed.owner()).bind("attempt", claimed.task().attempts())
                .then();
    }

    /**
     * In one statement: closes the open tasks of {@code subject} that nobody holds, if {@code closeOpen}
     * (e.g. a deadline the trade has moved past; a task some worker holds is left to that worker), and
     * adds the tasks {@code due} for any instance to claim and the task {@code leased}, already leased to
     * {@code owner} and counted as its first attempt, so the instance that created it can run it at once
     * and others take it over only if that instance dies. The tasks added are not among those closed.
     * Joins the caller's transaction; no statement when there is nothing to do.
     */
    public Mono<Optional<ClaimedTask>> supersedeAndSchedule(String subject, boolean closeOpen, List<ScheduledTask> due,
                                                           Optional<ScheduledTask> leased, String owner, Duration lease) {
        Optional<ScheduledTask> first = leased.map(t -> new ScheduledTask(t.id(), t.kind(), t.subject(), t.payload(),
                t.dueAt(), 1, t.maxAttempts()));
        List<ScheduledTask> added = new ArrayList<>(due);
        first.ifPresent(added::add);
        if (added.stream().anyMatch(t -> !t.subject().equals(subject))) {
            throw new IllegalArgumentException("every task added must be of subject " + subject);
        }
        if (first.isPresent() && (owner == null || lease == null)) {
            throw new IllegalArgumentException("a leased task needs its owner and lease");
        }
        Optional<ClaimedTask> claimed = first.map(t -> new ClaimedTask(t, owner, this));
        if (!closeOpen && added.isEmpty()) {
            return Mono.just(claimed);
        }
        return db.sql("""
                        WITH closed AS (
                            UPDATE scheduled_tasks SET completed_at = :now, outcome = 'superseded'
                            WHERE :close AND subject = :subject AND completed_at IS NULL
                              AND (lease_expires_at IS NULL OR lease_expires_at < clock_timestamp()))
                        INSERT INTO scheduled_tasks (id, kind, subject, payload, due_at, attempts, max_attempts,
                                                     lease_owner, lease_expires_at, created_at)
                        SELECT t.id, t.kind, :subject, t.payload, t.due, t.attempts, t.max,
                               CASE WHEN t.leased THEN :owner END,
                               CASE WHEN t.leased THEN clock_timestamp() + make_interval(secs => :lease) END, :now
                        FROM unnest(:ids::uuid[], :kinds::text[], :payloads::text[], :dues::timestamptz[],
                                    :attempts::integer[], :maxes::integer[], :leased::boolean[])
                             AS t(id, kind, payload, due, attempts, max, leased)""")
                .bind("now", clock.instant()).bind("close", closeOpen).bind("subject", subject)
                .bind("owner", owner == null ? "" : owner).bind("lease", lease == null ? 0.0 : lease.toMillis() / 1000.0)
                .bind("ids", added.stream().map(t -> t.id().toString()).toArray(String[]::new))
                .bind("kinds", added.stream().map(ScheduledTask::kind).toArray(String[]::new))
                .bind("payloads", added.stream().map(ScheduledTask::payload).toArray(String[]::new))
                .bind("dues", added.stream().map(t -> t.dueAt().toString()).toArray(String[]::new))
                .bind("attempts", added.stream().map(ScheduledTask::attempts).toArray(Integer[]::new))
                .bind("maxes", added.stream().map(ScheduledTask::maxAttempts).toArray(Integer[]::new))
                .bind("leased", added.stream().map(t -> first.isPresent() && t == first.get()).toArray(Boolean[]::new))
                .then()
                .thenReturn(claimed);
    }

    /** The open tasks of a subject (for views and tests). */
    public Flux<ScheduledTask> openTasksOf(String subject) {
        return db.sql("""
                        SELECT id, kind, subject, payload, due_at, attempts, max_attempts FROM scheduled_tasks
                        WHERE subject = :subject AND completed_at IS NULL ORDER BY due_at""")
                .bind("subject", subject).map(ScheduledTasks::toTask).all();
    }

    private static ScheduledTask toTask(Readable row) {
        return new ScheduledTask(row.get("id", UUID.class), row.get("kind", String.class),
                row.get("subject", String.class), row.get("payload", String.class), row.get("due_at", Instant.class),
                row.get("attempts", Integer.class), row.get("max_attempts", Integer.class));
    }

    private static String abbreviate(String error) {
        String text = error == null ? "unknown" : error;
        return text.length() > 1000 ? text.substring(0, 997) + "..." : text;
    }
}
