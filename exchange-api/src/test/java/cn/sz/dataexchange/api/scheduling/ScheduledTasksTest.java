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
