package cn.sz.dataexchange.api.trading.infrastructure;

import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.trading.application.TradeStateMachine;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.api.trading.model.TradeTransitions;
import cn.sz.dataexchange.api.trading.model.TradeTransitions.Decision;
import cn.sz.dataexchange.api.trading.model.Transition;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.access.StateMachineAccess;
import org.springframework.statemachine.action.Action;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.guard.Guard;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The one place Spring Statemachine is used (ADR 0061). The machine is built once from
 * {@link TradeTransitions#all()}; each command gets a fresh machine restored to the trade's stored
 * state (stop, reset every region, start), sends the event with the facts as a header, and reads
 * what happened. A guard that says no still makes {@code sendEvent} answer ACCEPTED, so the
 * outcome is taken from which transition's action ran and from the state after, never from the
 * result type alone; DENIED means the table has no such transition.
 */
@Component
public class SpringTradeStateMachine implements TradeStateMachine {

    static final String FACTS = "tradeFacts";
    static final String OUTCOME = "tradeOutcome";

    private final StateMachineFactory<TradeState, TradeEvent> factory;
    private final java.util.concurrent.ConcurrentLinkedQueue<StateMachine<TradeState, TradeEvent>> idle =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    public SpringTradeStateMachine() {
        this.factory = build(TradeTransitions.all());
    }

    @Override
    public Mono<Decision> decide(TradeId trade, TradeState current, TradeEvent event, TransitionFacts facts) {
        return Mono.defer(() -> {
            StateMachine<TradeState, TradeEvent> pooled = idle.poll();
            StateMachine<TradeState, TradeEvent> machine = pooled != null ? pooled : factory.getStateMachine();
            Outcome outcome = new Outcome();
            Message<TradeEvent> message = MessageBuilder.withPayload(event).setHeader(FACTS, facts)
                    .setHeader(OUTCOME, outcome).build();
            return restore(machine, current, trade)
                    .thenMany(machine.sendEvent(Mono.just(message)))
                    .collectList()
                    .map(results -> interpret(results, machine.getState().getId(), current, event, outcome))
                    .flatMap(decision -> machine.stopReactively().thenReturn(decision))
                    .doOnSuccess(decision -> idle.offer(machine));
        });
    }

    private static Mono<Void> restore(StateMachine<TradeState, TradeEvent> machine, TradeState state, TradeId id) {
        List<StateMachineAccess<TradeState, TradeEvent>> regions = machine.getStateMachineAccessor().withAllRegions();
        return machine.stopReactively()
                .thenMany(Flux.fromIterable(regions).concatMap(region -> region.resetStateMachineReactively(
                        new DefaultStateMachineContext<>(state, null, null, null, null, id.toString()))))
                .then(machine.startReactively());
    }

    private static Decision interpret(List<StateMachineEventResult<TradeState, TradeEvent>> results, TradeState after,
                                      TradeState before, TradeEvent event, Outcome outcome) {
        boolean accepted = results.stream()
                .anyMatch(r -> r.getResultType() == StateMachineEventResult.ResultType.ACCEPTED);
        if (accepted && outcome.fired != null && outcome.fired.from() == before && after == outcome.fired.to()) {
            return new Decision.Moved(outcome.fired);
        }
        if (!outcome.refusals.isEmpty()) {
            return new Decision.GuardRefused(before, event, outcome.refusals.get(0));
        }
        return new Decision.NoSuchTransition(before, event);
    }

    private static StateMachineFactory<TradeState, TradeEvent> build(List<Transition> table) {
        try {
            StateMachineBuilder.Builder<TradeState, TradeEvent> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().autoStartup(false);
            builder.configureStates().withStates().initial(TradeState.REQUESTED).states(EnumSet.allOf(TradeState.class));
            StateMachineTransitionConfigurer<TradeState, TradeEvent> transitions = builder.configureTransitions();
            for (Transition row : table) {
                if (row.isSelf()) {
                    transitions.withInternal().source(row.from()).event(row.event())
                            .guard(guard(row)).action(fired(row)).and();
                } else {
                    transitions.withExternal().source(row.from()).target(row.to()).event(row.event())
                            .guard(guard(row)).action(fired(row)).and();
                }
            }
            return builder.createFactory();
        } catch (Exception e) {
            throw new IllegalStateException("the trade transition table cannot be built into a state machine", e);
        }
    }

    private static Guard<TradeState, TradeEvent> guard(Transition row) {
        return context -> {
            TransitionFacts facts = context.getMessageHeaders().get(FACTS, TransitionFacts.class);
            Outcome outcome = context.getMessageHeaders().get(OUTCOME, Outcome.class);
            var refusal = row.guard().check(facts, row.to());
            refusal.ifPresent(outcome.refusals::add);
            return refusal.isEmpty();
        };
    }

    private static Action<TradeState, TradeEvent> fired(Transition row) {
        return context -> context.getMessageHeaders().get(OUTCOME, Outcome.class).fired = row;
    }

    /** What happened while one event was processed; one instance per command. */
    static final class Outcome {
        private volatile Transition fired;
        private final List<Refusal> refusals = java.util.Collections.synchronizedList(new ArrayList<>());
    }
}
