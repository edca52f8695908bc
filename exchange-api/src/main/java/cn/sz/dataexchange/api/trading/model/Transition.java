package cn.sz.dataexchange.api.trading.model;

import java.util.Objects;

/** One row of the transition table: on {@code event} in {@code from}, go to {@code to} if {@code guard} holds. */
public record Transition(TradeState from, TradeEvent event, TradeState to, TransitionGuard guard) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(guard, "guard");
    }

    public boolean isSelf() {
        return from == to;
    }
}
