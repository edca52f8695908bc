package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.enforcement.model.CaseActor;
import cn.sz.dataexchange.api.enforcement.model.CaseEvent;
import cn.sz.dataexchange.api.enforcement.model.CaseState;
import cn.sz.dataexchange.api.enforcement.model.CaseTransitions;
import cn.sz.dataexchange.api.enforcement.model.CaseTransitions.Decision;
import cn.sz.dataexchange.api.enforcement.model.EnforcementCase;
import cn.sz.dataexchange.api.scheduling.ScheduledTask;
import cn.sz.dataexchange.api.scheduling.ScheduledTasks;
import cn.sz.dataexchange.api.scheduling.SchedulerProperties;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens a case and carries out each move as one database transaction (ADR 0080): the table decides,
 * the case checks the move itself, the row is saved only if its version is unchanged (otherwise 409),
 * and the event row, the audit record, the correction deadline task and any further writes of the
 * command commit with it.
 */
@Component
public class CaseLifecycle {

    private final Cases cases;
    private final CaseHistory history;
    private final AuditLog audit;
    private final ScheduledTasks tasks;
    private final SchedulerProperties scheduler;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    public CaseLifecycle(Cases cases, CaseHistory history, AuditLog audit, ScheduledTasks tasks,
                         SchedulerProperties scheduler, TransactionalOperator tx, Clock clock) {
        this.cases = cases;
        this.history = history;
        this.audit = audit;
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.tx = tx;
        this.clock = clock;
    }

    /** What goes with a move besides the state: who and why, details, a deadline, further writes in the same transaction. */
    public record Move(CaseEvent event, CaseActor actor, String actorName, String reason, Map<String, ?> details,
                       Optional<Instant> deadline, Function<EnforcementCase, Mono<Void>> alsoWrite) {

        public Move {
            details = details == null ? Map.of() : details;
            deadline = deadline == null ? Optional.empty() : deadline;
            alsoWrite = alsoWrite == null ? c -> Mono.empty() : alsoWrite;
        }

        public static Move of(CaseEvent event, CaseActor actor, String actorName, String reason) {
            return new Move(event, actor, actorName, reason, Map.of(), Optional.empty(), null);
        }

        public Move with(Map<String, ?> moreDetails) {
            return new Move(event, actor, actorName, reason, moreDetails, deadline, alsoWrite);
        }

        public Move until(Instant at) {
            return new Move(event, actor, actorName, reason, details, Optional.of(at), alsoWrite);
        }

        public Move alsoWriting(Function<EnforcementCase, Mono<Void>> writes) {
            return new Move(event, actor, actorName, reason, details, deadline, writes);
        }
    }

    /** Stores a new case with its opening event and audit record; the existing case when its facts are known already. */
    public Mono<Opened> open(EnforcementCase opened, Map<String, ?> details) {
        Mono<Opened> work = cases.insertIfNew(opened).flatMap(inserted -> {
            if (!inserted) {
                return cases.findByDedupKey(opened.dedupKey()).map(existing -> new Opened(existing, false));
            }
            Map<String, Object> payload = new LinkedHashMap<>(details);
            payload.put("caseId", opened.id().toString());
            payload.put("article", opened.facts().article().number());
            payload.put("respondent", opened.respondent().toString());
            payload.put("source", opened.source().name());
            payload.put("dedupKey", opened.dedupKey());
            payload.put("listings", opened.facts().listings().stream().map(Object::toString).toList());
            payload.put("trades", opened.facts().trades().stream().map(Object::toString).toList());
            payload.put("to", CaseState.OPENED.name());
            return history.append(opened.id(), new CaseHistory.Entry(CaseEvent.OPEN, null, CaseState.OPENED,
                            opened.openedBy(), opened.summary(), json.writeValueAsString(details), opened.openedAt()))
                    .then(audit.append(opened.id().stream(), opened.openedBy(), CaseEvent.OPEN.dottedName(), payload))
                    .thenReturn(new Opened(opened, true));
        });
        return tx.transactional(work);
    }

    /** A case as stored, and whether this call opened it (false: the same facts had opened it before). */
    public record Opened(EnforcementCase found, boolean created) {
    }

    /** Sends the move's event to the case as it was read; joins the caller's transaction if there is one. */
    public Mono<Result<EnforcementCase>> fire(EnforcementCase current, Move move) {
        Decision decision = CaseTransitions.decide(current.state(), move.event(), move.actor());
        if (decision instanceof Decision.NoSuchTransition) {
            return Mono.just(Result.refused(Refusal.illegalTransition("Case " + current.id(), current.state(),
                    move.event().name())));
        }
        if (decision instanceof Decision.WrongActor) {
            return Mono.just(Result.refused(Refusal.forbidden(move.actor() + " may not " + move.event().name()
                    + " a case that is " + current.state()).with("currentStatus", current.state().name())));
        }
        var transition = ((Decision.Moved) decision).transition();
        Instant now = clock.instant();
        Result<EnforcementCase> checked = current.after(transition, move.deadline(), now);
        if (!(checked instanceof Result.Accepted<EnforcementCase> accepted)) {
            return Mono.just(checked);
        }
        EnforcementCase after = accepted.value();
        Mono<Result<EnforcementCase>> work = cases.saveTransition(after, current.version()).flatMap(saved -> saved
                ? record(current, after, move, now).then(deadlineTasks(current, after))
                        .then(Mono.defer(() -> move.alsoWrite().apply(after)))
                        .thenReturn(Result.accepted(after))
                : Mono.just(Result.refused(Refusal.concurrentModification("Case " + current.id()))));
        return tx.transactional(work);
    }

    private Mono<Void> record(EnforcementCase before, EnforcementCase after, CaseEvent event, String actor,
                              String reason, Map<String, ?> details, Instant now) {
        Map<String, Object> payload = new LinkedHashMap<>(details);
        payload.put("caseId", after.id().toString());
        payload.put("from", before.state().name());
        payload.put("to", after.state().name());
        payload.put("version", after.version());
        after.correctionDeadline().ifPresent(d -> payload.put("correctionDeadline", d.toString()));
        if (reason != null) {
            payload.put("reason", reason);
        }
        return history.append(after.id(), new CaseHistory.Entry(event, before.state(), after.state(), actor, reason,
                        json.writeValueAsString(details), now))
                .then(audit.append(after.id().stream(), actor, event.dottedName(), payload))
                .then();
    }

    private Mono<Void> record(EnforcementCase before, EnforcementCase after, Move move, Instant now) {
        return record(before, after, move.event(), move.actorName(), move.reason(), move.details(), now);
    }

    /** Entering CORRECTION_ORDERED schedules its deadline; leaving it closes the deadline task nobody holds. */
    private Mono<Void> deadlineTasks(EnforcementCase before, EnforcementCase after) {
        boolean leaving = before.state() == CaseState.CORRECTION_ORDERED && after.state() != CaseState.CORRECTION_ORDERED;
        List<ScheduledTask> due = after.state() == CaseState.CORRECTION_ORDERED && before.state() != after.state()
                ? List.of(ScheduledTask.due(CaseSteps.CORRECTION_DEADLINE, after.id().stream(), "{}",
                        after.correctionDeadline().orElseThrow(), scheduler.maxAttempts()))
                : List.of();
        if (!leaving && due.isEmpty()) {
            return Mono.empty();
        }
        return tasks.supersedeAndSchedule(after.id().stream(), leaving, due, Optional.empty(), null, null).then();
    }
}
