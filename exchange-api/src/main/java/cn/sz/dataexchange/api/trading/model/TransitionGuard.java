package cn.sz.dataexchange.api.trading.model;

import cn.sz.dataexchange.api.shared.Refusal;
import java.util.Arrays;
import java.util.Optional;

/**
 * A condition a transition needs besides its source state: empty when it holds, otherwise why
 * not. Guards are pure functions of the facts and the transition's target; the state machine
 * adapter evaluates them inside Spring Statemachine guards.
 */
@FunctionalInterface
public interface TransitionGuard {

    Optional<Refusal> check(TransitionFacts facts, TradeState target);

    TransitionGuard NONE = (facts, target) -> Optional.empty();

    /** Every guard must hold; the first that does not gives the reason. */
    static TransitionGuard allOf(TransitionGuard... guards) {
        return (facts, target) -> Arrays.stream(guards).map(g -> g.check(facts, target))
                .flatMap(Optional::stream).findFirst();
    }
}
