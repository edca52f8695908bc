package cn.sz.dataexchange.api.trading.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.trading.model.Actor;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.api.trading.model.TradeTransitions;
import cn.sz.dataexchange.api.trading.model.TradeTransitions.Decision;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Spring Statemachine adapter says exactly what the domain's table says, for every state, event and facts. */
class SpringTradeStateMachineTest {

    private static final SpringTradeStateMachine machine = new SpringTradeStateMachine();

    static Stream<Arguments> everyStateAndEvent() {
        return Stream.of(TradeState.values())
                .flatMap(state -> Stream.of(TradeEvent.values()).map(event -> Arguments.of(state, event)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStateAndEvent")
    void agrees_with_the_domain_table_for_random_facts(TradeState state, TradeEvent event) {
        Random random = new Random(31L * state.code() + event.code());
        for (int i = 0; i < 6; i++) {
            TransitionFacts facts = randomFacts(random);
            Decision expected = TradeTransitions.decide(state, event, facts);
            Decision actual = machine.decide(TradeId.random(), state, event, facts).block();
            assertThat(kind(actual)).as("facts %s", facts).isEqualTo(kind(expected));
            if (expected instanceof Decision.Moved moved) {
                assertThat(((Decision.Moved) actual).transition()).isEqualTo(moved.transition());
            }
            if (expected instanceof Decision.GuardRefused refused) {
                assertThat(((Decision.GuardRefused) actual).refusal().type()).isEqualTo(refused.refusal().type());
            }
        }
    }

    @Test
    void a_guard_that_says_no_leaves_the_state_and_names_its_reason() {
        Decision decision = machine.decide(TradeId.random(), TradeState.REQUESTED, TradeEvent.ALL_SIGNED,
                TransitionFacts.by(Actor.SYSTEM)).block();
        assertThat(decision).isInstanceOf(Decision.GuardRefused.class);
        assertThat(((Decision.GuardRefused) decision).refusal().type()).isEqualTo("signatures-incomplete");
    }

    @Test
    void an_event_the_state_does_not_know_is_no_transition() {
        Decision decision = machine.decide(TradeId.random(), TradeState.SETTLED, TradeEvent.PAY,
                TransitionFacts.by(Actor.BUYER)).block();
        assertThat(decision).isInstanceOf(Decision.NoSuchTransition.class);
    }

    @Test
    void a_stalled_trade_resumes_exactly_the_step_it_stalled_in() {
        TransitionFacts facts = TransitionFacts.by(Actor.ADMIN).withStalledFrom(Optional.of(TradeState.SETTLING));
        Decision decision = machine.decide(TradeId.random(), TradeState.STALLED, TradeEvent.RETRY, facts).block();
        assertThat(((Decision.Moved) decision).transition().to()).isEqualTo(TradeState.SETTLING);
    }

    private static TransitionFacts randomFacts(Random random) {
        Actor actor = Actor.values()[random.nextInt(Actor.values().length)];
        Optional<TradeState> stalled = random.nextBoolean() ? Optional.empty()
                : Optional.of(TradeState.values()[random.nextInt(TradeState.values().length)]);
        return TransitionFacts.by(actor).withSignaturesComplete(random.nextBoolean())
                .withReceiptValid(random.nextBoolean()).withListingOnSale(random.nextBoolean()).withStalledFrom(stalled);
    }

    private static String kind(Decision decision) {
        return decision.getClass().getSimpleName();
    }
}
