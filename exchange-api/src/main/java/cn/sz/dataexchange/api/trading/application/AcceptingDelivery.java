package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.model.Actor;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The buyer accepts what was delivered. An explicit acceptance waives the dispute window, so
 * settlement begins at once, as its own transition, and the money step runs after it commits.
 */
@Component
public class AcceptingDelivery {

    private final TradeCommands commands;
    private final TradeLifecycle lifecycle;
    private final Trades trades;

    public AcceptingDelivery(TradeCommands commands, TradeLifecycle lifecycle, Trades trades) {
        this.commands = commands;
        this.lifecycle = lifecycle;
        this.trades = trades;
    }

    public Mono<Result<Trade>> accept(TradeId id, Caller caller) {
        return commands.perform(id, caller, TradeEvent.ACCEPT, acting -> TransitionFacts.by(acting.actor()),
                        Change.by(caller.actor(), "buyer accepted the delivery"))
                .flatMap(accepted -> accepted instanceof Result.Accepted<Trade> ok
                        ? beginSettlement(ok.value()) : Mono.just(accepted));
    }

    private Mono<Result<Trade>> beginSettlement(Trade accepted) {
        return lifecycle.fire(accepted, TradeEvent.BEGIN_SETTLEMENT, TransitionFacts.by(Actor.SYSTEM),
                        Change.by("exchange", "accepted by the buyer; the dispute window is waived"))
                .flatMap(moved -> moved.isAccepted() ? commands.afterCommit(moved)
                        : trades.find(accepted.id()).map(Result::accepted));
    }
}
