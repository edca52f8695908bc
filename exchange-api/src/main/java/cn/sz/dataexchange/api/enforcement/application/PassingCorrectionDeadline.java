package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.application.CaseLifecycle.Move;
import cn.sz.dataexchange.api.enforcement.model.CaseActor;
import cn.sz.dataexchange.api.enforcement.model.CaseEvent;
import cn.sz.dataexchange.api.enforcement.model.CaseId;
import cn.sz.dataexchange.api.enforcement.model.CaseState;
import cn.sz.dataexchange.api.scheduling.ClaimedTask;
import cn.sz.dataexchange.api.scheduling.TaskHandler;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The correction deadline (scheduled when a correction is ordered): if the case is still waiting for
 * the correction when it passes, the correction counts as refused. The move and the task's completion
 * commit together (ADR 0063); a case that moved on meanwhile closes the task as obsolete.
 */
@Component
public class PassingCorrectionDeadline implements TaskHandler {

    private static final Logger log = LoggerFactory.getLogger(PassingCorrectionDeadline.class);

    private final Cases cases;
    private final CaseLifecycle lifecycle;
    private final TransactionalOperator tx;
    private final Clock clock;

    public PassingCorrectionDeadline(Cases cases, CaseLifecycle lifecycle, TransactionalOperator tx, Clock clock) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return CaseSteps.CORRECTION_DEADLINE;
    }

    @Override
    public Mono<Void> run(ClaimedTask task) {
        CaseId id = new CaseId(UUID.fromString(task.task().subject().substring("case:".length())));
        return tx.transactional(cases.find(id).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .flatMap(maybe -> {
            if (maybe.isEmpty()) {
                return task.complete("obsolete");
            }
            var found = maybe.get();
            boolean due = found.state() == CaseState.CORRECTION_ORDERED
                    && found.correctionDeadline().map(d -> !d.isAfter(clock.instant())).orElse(false);
            if (!due) {
                return task.complete("obsolete");
            }
            return lifecycle.fire(found, Move.of(CaseEvent.CORRECTION_DEADLINE_PASSED, CaseActor.SYSTEM, "system",
                            "the correction deadline passed without a correction"))
                    .flatMap(result -> result instanceof Result.Accepted<?> ? task.complete()
                            : Mono.error(new IllegalStateException("deadline of case " + id + " refused: " + result)));
        }));
    }

    @Override
    public Mono<Void> gaveUp(ClaimedTask task, String error) {
        log.warn("The correction deadline of {} could not be applied: {}", task.task().subject(), error);
        return Mono.empty();
    }
}
