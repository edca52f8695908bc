package cn.sz.dataexchange.api.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The claim itself, without any handler: concurrent claimers never get the same task; a lease fences completion. */
class ScheduledTasksTest extends IntegrationTest {

    @Autowired
    ScheduledTasks tasks;

    @Autowired
    TaskRunner runner;

    @Autowired
    DatabaseClient db;

    private final String subject = "lease-test:" + UUID.randomUUID();

    @BeforeEach
    void quiet() {
        runner.stop();
    }

    @AfterEach
    void resume() {
        db.sql("UPDATE scheduled_tasks SET completed_at = now(), outcome = 'test' WHERE subject = :s AND completed_at IS NULL")
                .bind("s", subject).then().block();
        runner.start();
    }

    @Test
    void six_claimers_racing_for_three_hundred_tasks_each_claim_a_task_once() {
        Flux.range(0, 300).concatMap(i -> tasks.schedule(ScheduledTask.due("test.noop", subject, "{}",
                clock.instant().minusSeconds(1), 3))).then().block();

        List<UUID> claimed = Flux.range(0, 6)
                .flatMap(n -> claimAll("claimer-" + n).subscribeOn(Schedulers.boundedElastic()), 6)
                .flatMapIterable(ids -> ids)
                .collectList().block();

        assertThat(claimed).hasSize(300).doesNotHaveDuplicates();
        long attempts = db.sql("SELECT sum(attempts) AS n FROM scheduled_tasks WHERE subject = :s").bind("s", subject)
                .map(row -> row.get("n", Long.class)).one().block();
        assertThat(attempts).isEqualTo(300);
    }

    @Test
    void a_worker_whose_lease_ran_out_and_was_taken_over_cannot_complete_the_task() throws Exception {
        tasks.schedule(ScheduledTask.due("test.noop", subject, "{}", clock.instant().minusSeconds(1), 3)).block();
        ClaimedTask first = claimOne("slow-worker", Duration.ofMillis(200));
        Thread.sleep(400);
        ClaimedTask second = claimOne("other-worker", Duration.ofSeconds(60));

        assertThat(second.task().id()).isEqualTo(first.task().id());
        assertThat(second.task().attempts()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.complete().block()).isInstanceOf(LeaseLost.class);
        second.complete().block();
    }

    @Test
    void moving_on_closes_the_open_tasks_nobody_holds_and_adds_a_deadline_and_a_step_leased_here() {
        ScheduledTask idle = ScheduledTask.due("test.noop", subject, "{}", clock.instant().plusSeconds(600), 3);
        tasks.schedule(idle).block();
        tasks.schedule(ScheduledTask.due("test.noop", subject, "{}", clock.instant().minusSeconds(1), 3)).block();
        ClaimedTask held = claimOne("other-worker", Duration.ofSeconds(60));
        ScheduledTask deadline = ScheduledTask.due("test.deadline", subject, "{\"kind\":\"X\"}",
                clock.instant().plusSeconds(3600), 5);
        ScheduledTask step = ScheduledTask.due("test.step", subject, "{}", clock.instant(), 4);

        ClaimedTask leased = tasks.supersedeAndSchedule(subject, true, List.of(deadline), java.util.Optional.of(step),
                "this-instance", Duration.ofSeconds(60)).block().orElseThrow();

        assertThat(outcomeOf(idle.id())).isEqualTo("superseded");
        assertThat(outcomeOf(held.task().id())).as("a task a worker holds is left to it").isEqualTo("open");
        assertThat(outcomeOf(deadline.id())).isEqualTo("open");
        assertThat(outcomeOf(step.id())).isEqualTo("open");
        assertThat(db.sql("SELECT lease_owner, attempts, kind, payload, due_at FROM scheduled_tasks WHERE id = :id")
                .bind("id", deadline.id()).map(row -> row.get("lease_owner", String.class) + "/" + row.get("attempts",
                        Integer.class) + "/" + row.get("kind", String.class) + "/" + row.get("payload", String.class)
                        + "/" + (Math.abs(Duration.between(row.get("due_at", java.time.Instant.class), deadline.dueAt())
                        .toNanos()) < 1_000)).one().block())
                .isEqualTo("null/0/test.deadline/{\"kind\":\"X\"}/true");
        assertThat(leased.task().id()).isEqualTo(step.id());
        assertThat(leased.task().attempts()).isEqualTo(1);
        assertThat(leased.owner()).isEqualTo("this-instance");
        assertThat(claimOne("third-worker", Duration.ofSeconds(60))).as("the step is leased, so nobody else claims it")
                .isNull();
        leased.complete().block();
        assertThat(outcomeOf(step.id())).isEqualTo("done");

        tasks.supersedeAndSchedule(subject, false, List.of(), java.util.Optional.empty(), null, null).block();
        assertThat(outcomeOf(deadline.id())).as("nothing closed when not asked").isEqualTo("open");
    }

    private String outcomeOf(UUID id) {
        return db.sql("SELECT coalesce(outcome, 'open') AS o FROM scheduled_tasks WHERE id = :id").bind("id", id)
                .map(row -> row.get("o", String.class)).one().block();
    }

    private ClaimedTask claimOne(String owner, Duration lease) {
        return tasks.claimDue(owner, 50, lease).filter(t -> t.task().subject().equals(subject)).blockFirst();
    }

    private Mono<List<UUID>> claimAll(String owner) {
        return Mono.defer(() -> tasks.claimDue(owner, 7, Duration.ofSeconds(60))
                        .filter(t -> t.task().subject().equals(subject)).map(t -> t.task().id()).collectList())
                .repeat()
                .takeUntil(List::isEmpty)
                .flatMapIterable(ids -> ids)
                .collectList()
                .map(ArrayList::new);
    }
}
