package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.scheduling.ClaimedTask;
import cn.sz.dataexchange.api.scheduling.ScheduledTask;
import cn.sz.dataexchange.api.scheduling.ScheduledTasks;
import cn.sz.dataexchange.api.scheduling.SchedulerProperties;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.TradingProperties;
import cn.sz.dataexchange.api.trading.model.Deadline;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeSteps;
import cn.sz.dataexchange.api.trading.model.TradeTransitions.Decision;
import cn.sz.dataexchange.api.trading.model.Transition;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries out one transition as one database transaction (ADR 0060): the state machine decides,
 * the trade checks the move itself, the row is saved only if its version is unchanged (otherwise
 * the command loses with 409), and the event row, the audit record, the parties' notifications,
 * the deadline and the step task of an -ING state are written in the same transaction.
 */
@Component
public class TradeLifecycle {

    private final Trades trades;
    private final TradeHistory history;
    private final TradeStateMachine machine;
    private final AuditLog audit;
    private final TradeNotices notices;
    private final ScheduledTasks tasks;
    private final SchedulerProperties scheduler;
    private final TradingProperties properties;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    public TradeLifecycle(Trades trades, TradeHistory history, TradeStateMachine machine, AuditLog audit,
                          TradeNotices notices, ScheduledTasks tasks, SchedulerProperties scheduler,
                          TradingProperties properties, TransactionalOperator tx, Clock clock) {
        this.trades = trades;
        this.history = history;
        this.machine = machine;
        this.audit = audit;
        this.notices = notices;
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    /** Sends {@code event} to the trade as it was read; joins the caller's transaction if there is one. */
    public Mono<Result<Moved>> fire(Trade current, TradeEvent event, TransitionFacts facts, Change change) {
        Mono<Result<Moved>> work = machine.decide(current.id(), current.state(), event, facts).flatMap(decision -> {
            if (decision instanceof Decision.Moved moved) {
                return save(current, moved.transition(), change);
            }
            if (decision instanceof Decision.GuardRefused refused) {
                return Mono.just(Result.<Moved>refused(refused.refusal().with("currentStatus", current.state().name())));
            }
            return Mono.just(Result.<Moved>refused(
                    Refusal.illegalTransition("Trade " + current.id(), current.state(), event.name())));
        });
        return tx.transactional(work);
    }

    private Mono<Result<Moved>> save(Trade current, Transition transition, Change change) {
        Instant now = clock.instant();
        Optional<Deadline> deadline = properties.deadlines().policy().onEntering(transition.to(), transition.event(), now);
        Result<Trade> checked = current.after(transition, deadline, now);
        if (!(checked instanceof Result.Accepted<Trade> accepted)) {
            return Mono.just(checked.map(t -> null));
        }
        Trade after = accepted.value().withVersion(current.version() + 1);
        return trades.saveTransition(after, current.version()).flatMap(saved -> {
            if (!saved) {
                return Mono.just(Result.<Moved>refused(Refusal.concurrentModification("Trade " + current.id())));
            }
            return record(current, after, transition, change, now)
                    .then(tasksFor(current, after, transition, now))
                    .flatMap(step -> change.alsoWrite().apply(after)
                            .thenReturn(Result.accepted(new Moved(current, after, transition, step))));
        });
    }

    private Mono<Void> record(Trade before, Trade after, Transition transition, Change change, Instant now) {
        Map<String, Object> details = new LinkedHashMap<>(change.details());
        after.deadline().ifPresent(d -> details.put("deadline", Map.of("kind", d.kind().name(), "at", d.at().toString())));
        Map<String, Object> auditPayload = new LinkedHashMap<>(details);
        auditPayload.put("tradeId", after.id().toString());
        auditPayload.put("from", before.state().name());
        auditPayload.put("to", after.state().name());
        auditPayload.put("version", after.version());
        if (change.reason() != null) {
            auditPayload.put("reason", change.reason());
        }
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("event", transition.event().name());
        notice.put("from", before.state().name());
        notice.put("to", after.state().name());
        if (change.reason() != null) {
            notice.put("reason", change.reason());
        }
        return history.append(after.id(), new TradeHistory.Entry(transition.event(), before.state(), after.state(),
                        change.actor(), change.reason(), json.writeValueAsString(details), now))
                .then(audit.append(after.id().stream(), change.actor(), transition.event().dottedName(), auditPayload))
                .then(notices.toBothParties(after, transition.event().dottedName(), notice));
    }

    /** Records a step that does not move the trade (a signature, a stop-processing notice); the caller holds the row lock. */
    public Mono<Void> recordStep(Trade trade, TradeEvent event, Change change) {
        Instant now = clock.instant();
        Map<String, Object> payload = new LinkedHashMap<>(change.details());
        payload.put("tradeId", trade.id().toString());
        payload.put("state", trade.state().name());
        return tx.transactional(history.append(trade.id(), new TradeHistory.Entry(event, trade.state(), trade.state(),
                        change.actor(), change.reason(), json.writeValueAsString(change.details()), now))
                .then(audit.append(trade.id().stream(), change.actor(), event.dottedName(), payload))
                .then());
    }

    private Mono<Optional<ClaimedTask>> tasksFor(Trade before, Trade after, Transition transition, Instant now) {
        if (transition.isSelf()) {
            return Mono.just(Optional.empty());
        }
        String subject = after.id().stream();
        List<ScheduledTask> deadline = after.deadline().map(d -> List.of(ScheduledTask.due(TradeSteps.DEADLINE, subject,
                        "{\"kind\":\"" + d.kind().name() + "\"}", d.at(), scheduler.maxAttempts())))
                .orElse(List.of());
        Optional<ScheduledTask> step = TradeSteps.stepOf(after.state())
                .map(kind -> ScheduledTask.due(kind, subject, "{}", now, scheduler.maxAttempts()));
        // Only a deadline of the state left, or the step task of an -ING state left, can be open.
        boolean mayHaveOpenTasks = before.deadline().isPresent() || TradeSteps.stepOf(before.state()).isPresent();
        return tasks.supersedeAndSchedule(subject, mayHaveOpenTasks, deadline, step, scheduler.instanceId(),
                scheduler.lease());
    }
}
