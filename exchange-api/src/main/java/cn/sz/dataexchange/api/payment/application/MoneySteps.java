package cn.sz.dataexchange.api.payment.application;

import cn.sz.dataexchange.api.payment.PaymentProperties;
import cn.sz.dataexchange.api.scheduling.ClaimedTask;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.application.Change;
import cn.sz.dataexchange.api.trading.application.Moved;
import cn.sz.dataexchange.api.trading.application.TradeCommands;
import cn.sz.dataexchange.api.trading.application.TradeLifecycle;
import cn.sz.dataexchange.api.trading.model.Actor;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import cn.sz.dataexchange.settlement.ledger.JournalEntry;
import cn.sz.dataexchange.settlement.ledger.OrgId;
import cn.sz.dataexchange.settlement.ledger.TradeId;
import cn.sz.dataexchange.settlement.ledger.TradeJournal;
import cn.sz.dataexchange.settlement.ledger.TradeParties;
import cn.sz.dataexchange.settlement.money.PlatformFee;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What the money steps share: the trade's journal, recording an entry (a refusal by the ledger is a
 * bug and rolls the step back), and completing a step by firing its -ED event in the transaction
 * that records the entries and closes the task.
 */
@Component
public class MoneySteps {

    private final Journal journal;
    private final TradeLifecycle lifecycle;
    private final TradeCommands commands;
    private final PlatformFee fee;

    public MoneySteps(Journal journal, TradeLifecycle lifecycle, TradeCommands commands, PaymentProperties properties) {
        this.journal = journal;
        this.lifecycle = lifecycle;
        this.commands = commands;
        this.fee = PlatformFee.of(properties.platformFeeBps());
    }

    public TradeJournal journalOf(Trade trade) {
        return new TradeJournal(new TradeParties(TradeId.of(trade.id().toString()), OrgId.of(trade.buyer().toString()),
                OrgId.of(trade.seller().toString())));
    }

    public PlatformFee fee() {
        return fee;
    }

    public Mono<Void> record(Trade trade, JournalEntry entry) {
        return journal.record(entry, trade.id().toString()).flatMap(outcome -> outcome.isRecorded() ? Mono.empty()
                : Mono.error(new IllegalStateException("the ledger refused " + entry.type() + " of trade " + trade.id()
                        + ": " + outcome)));
    }

    /** Fires the step's -ED event with the writes and the task's completion in one transaction, then runs any next step. */
    public Mono<Void> complete(Trade trade, TradeEvent event, ClaimedTask task, String reason, Map<String, ?> details,
                               Function<Trade, Mono<Void>> writes) {
        Change change = Change.by("exchange", reason).with(details)
                .alsoWriting(after -> writes.apply(after).then(task.complete()));
        return lifecycle.fire(trade, event, TransitionFacts.by(Actor.SYSTEM), change).flatMap(result -> {
            if (result instanceof Result.Accepted<Moved> moved) {
                return commands.runStep(moved.value());
            }
            return Mono.error(((Result.Refused<Moved>) result).refusal().toException());
        });
    }

    /** After the last attempt: the trade goes to STALLED, visible to administrators, who may RETRY it. */
    public Mono<Void> stall(Trade trade, String error) {
        return lifecycle.fire(trade, TradeEvent.GIVE_UP, TransitionFacts.by(Actor.SYSTEM),
                Change.by("exchange", "step gave up after its retries: " + error)).then();
    }
}
