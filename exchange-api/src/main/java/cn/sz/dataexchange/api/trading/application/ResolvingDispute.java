package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * An administrator decides a dispute: REFUND the buyer or RELEASE the money to the seller, always
 * with a reason; or RETRY a trade whose money step stalled after its retries ran out.
 */
@Component
public class ResolvingDispute {

    /** The decisions an administrator can take. */
    public enum Decision {
        REFUND(TradeEvent.RESOLVE_REFUND), RELEASE(TradeEvent.RESOLVE_RELEASE), RETRY(TradeEvent.RETRY);

        private final TradeEvent event;

        Decision(TradeEvent event) {
            this.event = event;
        }
    }

    private final TradeCommands commands;

    public ResolvingDispute(TradeCommands commands) {
        this.commands = commands;
    }

    public Mono<Result<Trade>> resolve(TradeId id, Decision decision, String reason, Caller caller) {
        return commands.perform(id, caller, decision.event,
                acting -> TransitionFacts.by(acting.actor()).withStalledFrom(acting.trade().stalledFrom()),
                Change.by(caller.actor(), reason));
    }
}
