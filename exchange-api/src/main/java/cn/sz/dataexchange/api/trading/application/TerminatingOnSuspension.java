package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.listings.application.ListingSuspensionListener;
import cn.sz.dataexchange.api.scheduling.ClaimedTask;
import cn.sz.dataexchange.api.scheduling.ScheduledTask;
import cn.sz.dataexchange.api.scheduling.ScheduledTasks;
import cn.sz.dataexchange.api.scheduling.SchedulerProperties;
import cn.sz.dataexchange.api.scheduling.TaskHandler;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.model.Actor;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.api.trading.model.TradeSteps;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Art. 22: when a listing is suspended (a consent withdrawal broke its coverage, or an
 * administrator acted), its trades that have not delivered are TERMINATED (refunded when money is
 * held), and buyers who already received the data are told to stop processing it. The listener
 * only schedules a task in the suspension's transaction; the task does the work, retried.
 */
@Component
public class TerminatingOnSuspension implements ListingSuspensionListener, TaskHandler {

    private static final EnumSet<TradeState> RECEIVED = EnumSet.of(TradeState.DELIVERED, TradeState.ACCEPTED,
            TradeState.SETTLING, TradeState.SETTLED, TradeState.RELEASING, TradeState.RESOLVED_RELEASED);

    private final ScheduledTasks tasks;
    private final SchedulerProperties scheduler;
    private final Trades trades;
    private final TradeLifecycle lifecycle;
    private final TradeCommands commands;
    private final TradeNotices notices;
    private final TradeHistory history;
    private final DeliveryStarts deliveries;
    private final AuditLog audit;
    private final JsonMapper json;
    private final TransactionalOperator tx;

    public TerminatingOnSuspension(ScheduledTasks tasks, SchedulerProperties scheduler, Trades trades,
                                   TradeLifecycle lifecycle, TradeCommands commands, TradeNotices notices,
                                   TradeHistory history, DeliveryStarts deliveries, AuditLog audit, JsonMapper json,
                                   TransactionalOperator tx) {
        this.tx = tx;
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.trades = trades;
        this.lifecycle = lifecycle;
        this.commands = commands;
        this.notices = notices;
        this.history = history;
        this.deliveries = deliveries;
        this.audit = audit;
        this.json = json;
    }

    @Override
    public Mono<Void> listingSuspended(UUID listingId, String reason, Instant at) {
        return schedule(listingId, "suspended", reason, at);
    }

    /** A delisted product can no longer be traded either: its undelivered trades end the same way (no Art. 22 notice). */
    @Override
    public Mono<Void> listingDelisted(UUID listingId, String reason, Instant at) {
        return schedule(listingId, "delisted", reason, at);
    }

    private Mono<Void> schedule(UUID listingId, String what, String reason, Instant at) {
        String payload = json.writeValueAsString(Map.of("what", what, "reason", reason == null ? "" : reason,
                "at", at.toString()));
        return tasks.schedule(ScheduledTask.due(TradeSteps.LISTING_SUSPENDED, "listing:" + listingId, payload, at,
                scheduler.maxAttempts()));
    }

    @Override
    public String kind() {
        return TradeSteps.LISTING_SUSPENDED;
    }

    @Override
    public Mono<Void> run(ClaimedTask task) {
        UUID listing = UUID.fromString(task.task().subject().substring("listing:".length()));
        Map<?, ?> payload = json.readValue(task.task().payload(), Map.class);
        boolean suspended = !"delisted".equals(payload.get("what"));
        String reason = "listing " + (suspended ? "suspended" : "delisted") + ": " + payload.get("reason");
        Instant at = Instant.parse(String.valueOf(payload.get("at")));
        return trades.ofListing(listing, EnumSet.allOf(TradeState.class))
                .concatMap(trade -> apply(trade, reason, at, suspended))
                .then(task.complete());
    }

    private Mono<Void> apply(Trade trade, String reason, Instant at, boolean suspended) {
        Mono<Void> terminate = TradeState.BEFORE_DELIVERY.contains(trade.state())
                ? lifecycle.fire(trade, TradeEvent.TERMINATE, TransitionFacts.by(Actor.SYSTEM),
                                Change.by("exchange", reason).with(Map.of("article", "Art. 22")))
                        .flatMap(result -> result instanceof Result.Accepted<Moved> moved ? commands.runStep(moved.value())
                                : Mono.error(((Result.Refused<Moved>) result).refusal().toException()))
                : Mono.empty();
        Mono<Boolean> received = RECEIVED.contains(trade.state()) ? Mono.just(true)
                : deliveries.anythingDownloaded(trade.id());
        return received.flatMap(gotData -> gotData && suspended ? tellToStopProcessing(trade, reason, at) : Mono.empty())
                .then(terminate);
    }

    private Mono<Void> tellToStopProcessing(Trade trade, String reason, Instant at) {
        return history.recordedSince(trade.id(), TradeEvent.PROCESSING_STOP_REQUIRED, at).flatMap(done -> done
                ? Mono.empty()
                : tx.transactional(trades.findForUpdate(trade.id()).flatMap(locked -> lifecycle.recordStep(locked,
                                TradeEvent.PROCESSING_STOP_REQUIRED, Change.by("exchange", reason)
                                        .with(Map.of("article", "Art. 22")))
                        .then(notices.toParty(locked.buyer(), locked, TradeEvent.PROCESSING_STOP_REQUIRED.dottedName(),
                                Map.of("reason", reason, "article", "Art. 22", "instruction",
                                        "Stop processing the data received under this trade: the data subjects' "
                                                + "consent no longer covers it"))))));
    }

    @Override
    public Mono<Void> gaveUp(ClaimedTask task, String error) {
        return audit.append(task.task().subject(), "exchange", "trade.suspension-handling-gave-up",
                Map.of("error", error)).then();
    }
}
