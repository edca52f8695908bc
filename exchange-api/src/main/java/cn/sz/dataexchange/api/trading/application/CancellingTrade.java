package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.identity.model.Role;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A party cancels a trade before any money is held (CANCELLED); an administrator terminates one
 * that has not been delivered yet, with a refund when money is held (TERMINATING, TERMINATED).
 */
@Component
public class CancellingTrade {

    private final TradeCommands commands;

    public CancellingTrade(TradeCommands commands) {
        this.commands = commands;
    }

    public Mono<Result<Trade>> cancel(TradeId id, String reason, Caller caller) {
        TradeEvent event = caller.has(Role.ADMIN) ? TradeEvent.TERMINATE : TradeEvent.CANCEL;
        return commands.perform(id, caller, event, acting -> TransitionFacts.by(acting.actor()),
                Change.by(caller.actor(), reason));
    }
}
