package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.api.trading.model.TradeTransitions.Decision;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import reactor.core.publisher.Mono;

/**
 * Port: decides what an event does to a trade in its current state. The adapter is Spring
 * Statemachine built from the domain's transition table (ADR 0061); it is restored to
 * {@code current} for every command and keeps no state between commands.
 */
public interface TradeStateMachine {

    Mono<Decision> decide(TradeId trade, TradeState current, TradeEvent event, TransitionFacts facts);
}
