package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.model.Actor;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The buyer accepts what was delivered. An explicit acceptance waives the dispute window, so
 * acceptance and the start of settlement are two transitions committed in ONE transaction: no
 * other command can see the trade ACCEPTED in between and dispute it. The money step runs after
 * the commit.
 */
@Component
public class AcceptingDelivery {

    private final TradeAccess access;
    private final TradeCommands commands;
    private final TradeLifecycle lifecycle;
    private final TransactionalOperator tx;

    public AcceptingDelivery(TradeAccess access, TradeCommands commands, TradeLifecycle lifecycle,
                             TransactionalOperator tx) {
        this.access = access;
        this.commands = commands;
        this.lifecycle = lifecycle;
        this.tx = tx;
    }

    public Mono<Result<Trade>> accept(TradeId id, Caller caller) {
        return access.acting(id, caller).flatMap(acting -> {
            if (!(acting instanceof Result.Accepted<TradeAccess.Acting> ok)) {
                return Mono.just(acting.map(a -> (Trade) null));
            }
            Mono<Result<Moved>> acceptedAndSettling = lifecycle.fire(ok.value().trade(), TradeEvent.ACCEPT,
                            TransitionFacts.by(ok.value().actor()), Change.by(caller.actor(), "buyer accepted the delivery"))
                    .flatMap(accepted -> accepted instanceof Result.Accepted<Moved> moved
                            ? lifecycle.fire(moved.value().after(), TradeEvent.BEGIN_SETTLEMENT,
                                    TransitionFacts.by(Actor.SYSTEM),
                                    Change.by("exchange", "accepted by the buyer; the dispute window is waived"))
                            : Mono.just(accepted));
            return tx.transactional(acceptedAndSettling).flatMap(commands::afterCommit);
        });
    }
}
