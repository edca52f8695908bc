package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.scheduling.ClaimedTask;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.Transition;
import java.util.Optional;

/**
 * A transition that was saved: the trade before and after, and the step task this instance holds
 * when the trade entered an -ING state (run it once the transaction has committed).
 */
public record Moved(Trade before, Trade after, Transition transition, Optional<ClaimedTask> step) {
}
