package cn.sz.dataexchange.api.trading.model;

/** The time limits of a trade, and the event each fires when it passes. */
public enum DeadlineKind {
    SIGNING(TradeEvent.SIGNING_DEADLINE_PASSED),
    PAYMENT(TradeEvent.PAYMENT_DEADLINE_PASSED),
    ACCEPTANCE(TradeEvent.ACCEPTANCE_WINDOW_PASSED),
    DISPUTE_WINDOW(TradeEvent.BEGIN_SETTLEMENT);

    private final TradeEvent firing;

    DeadlineKind(TradeEvent firing) {
        this.firing = firing;
    }

    public TradeEvent firing() {
        return firing;
    }
}
