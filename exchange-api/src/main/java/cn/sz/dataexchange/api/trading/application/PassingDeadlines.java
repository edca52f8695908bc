package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.scheduling.ClaimedTask;
import cn.sz.dataexchange.api.scheduling.TaskHandler;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.model.Actor;
import cn.sz.dataexchange.api.trading.model.DeadlineKind;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeSteps;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * When a trade's deadline passes, the exchange fires the deadline's event: unsigned or unpaid
 * trades EXPIRE, a silent buyer's delivery is deemed ACCEPTED, and settlement begins after the
 * dispute window. A deadline the trade has moved past is closed as obsolete.
 */
@Component
public class PassingDeadlines implements TaskHandler {

    private static final Pattern KIND = Pattern.compile("\"kind\"\\s*:\\s*\"([A-Z_]+)\"");

    private final Trades trades;
    private final TradeLifecycle lifecycle;
    private final TradeCommands commands;
    private final AuditLog audit;

    public PassingDeadlines(Trades trades, TradeLifecycle lifecycle, TradeCommands commands, AuditLog audit) {
        this.trades = trades;
        this.lifecycle = lifecycle;
        this.commands = commands;
        this.audit = audit;
    }

    @Override
    public String kind() {
        return TradeSteps.DEADLINE;
    }

    @Override
    public Mono<Void> run(ClaimedTask task) {
        DeadlineKind kind = kindOf(task.task().payload());
        return trades.find(tradeOf(task.task().subject()))
                .flatMap(trade -> isCurrent(trade, kind) ? fire(trade, kind, task) : task.complete("obsolete"));
    }

    private Mono<Void> fire(Trade trade, DeadlineKind kind, ClaimedTask task) {
        Change change = Change.by("exchange", kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " deadline passed")
                .with(Map.of("deadline", trade.deadline().get().at().toString()))
                .alsoWriting(after -> task.complete());
        return lifecycle.fire(trade, kind.firing(), TransitionFacts.by(Actor.SYSTEM), change)
                .flatMap(result -> {
                    if (result instanceof Result.Accepted<Moved> moved) {
                        return commands.runStep(moved.value());
                    }
                    var refusal = ((Result.Refused<Moved>) result).refusal();
                    return "concurrent-modification".equals(refusal.type())
                            ? Mono.error(refusal.toException()) : task.complete("obsolete");
                });
    }

    private static boolean isCurrent(Trade trade, DeadlineKind kind) {
        return trade.deadline().filter(d -> d.kind() == kind).isPresent();
    }

    @Override
    public Mono<Void> gaveUp(ClaimedTask task, String error) {
        return audit.append(task.task().subject(), "exchange", "trade.deadline-gave-up",
                Map.of("task", task.task().id().toString(), "error", error)).then();
    }

    static TradeId tradeOf(String subject) {
        return new TradeId(UUID.fromString(subject.substring(subject.indexOf(':') + 1)));
    }

    private static DeadlineKind kindOf(String payload) {
        Matcher m = KIND.matcher(payload);
        if (!m.find()) {
            throw new IllegalStateException("deadline task without a kind: " + payload);
        }
        return DeadlineKind.valueOf(m.group(1));
    }
}
