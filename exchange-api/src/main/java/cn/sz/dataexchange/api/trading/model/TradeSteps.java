package cn.sz.dataexchange.api.trading.model;

import java.util.Map;
import java.util.Optional;

/**
 * Names of the scheduled tasks that drive a trade: one step per -ING state (the outside side
 * effect, retried until its -ED state is reached), the deadlines, and the reaction to a listing's
 * suspension. The payment area handles the money steps; trading handles the rest.
 */
public final class TradeSteps {

    public static final String PAY = "trade.pay";
    public static final String SETTLE = "trade.settle";
    public static final String REFUND = "trade.refund";
    public static final String RELEASE = "trade.release";
    public static final String TERMINATE = "trade.terminate";
    public static final String DEADLINE = "trade.deadline";
    public static final String LISTING_SUSPENDED = "trade.listing-suspended";

    private static final Map<TradeState, String> STEP_OF = Map.of(
            TradeState.PAYING, PAY,
            TradeState.SETTLING, SETTLE,
            TradeState.REFUNDING, REFUND,
            TradeState.RELEASING, RELEASE,
            TradeState.TERMINATING, TERMINATE);

    private TradeSteps() {
    }

    /** The step that drives a trade out of {@code state}, if the state has a pending side effect. */
    public static Optional<String> stepOf(TradeState state) {
        return Optional.ofNullable(STEP_OF.get(state));
    }
}
