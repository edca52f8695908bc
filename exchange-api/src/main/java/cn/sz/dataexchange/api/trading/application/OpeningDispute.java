package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** A party disputes a trade whose money is escrowed and not yet released; an administrator resolves it. */
@Component
public class OpeningDispute {

    private final TradeCommands commands;

    public OpeningDispute(TradeCommands commands) {
        this.commands = commands;
    }

    public Mono<Result<Trade>> dispute(TradeId id, String reason, String evidence, Caller caller) {
        return commands.perform(id, caller, TradeEvent.DISPUTE, acting -> TransitionFacts.by(acting.actor()),
                Change.by(caller.actor(), reason).with(evidence == null ? Map.of() : Map.of("evidence", evidence)));
    }
}
