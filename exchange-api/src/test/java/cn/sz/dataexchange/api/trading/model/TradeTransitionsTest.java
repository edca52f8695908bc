package cn.sz.dataexchange.api.trading.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.settlement.pricing.CreditStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The transition table and the entity's own check: what is allowed, and that everything else is refused. */
class TradeTransitionsTest {

    private static final TransitionFacts EVERYTHING_HOLDS = TransitionFacts.by(Actor.SYSTEM).withSignaturesComplete(true)
            .withReceiptValid(true);

    static Stream<Arguments> pairsTheTableDoesNotHave() {
        return Stream.of(TradeState.values()).flatMap(state -> Stream.of(TradeEvent.values())
                .filter(event -> TradeTransitions.all().stream().noneMatch(r -> r.from() == state && r.event() == event))
                .map(event -> Arguments.of(state, event)));
    }

    @ParameterizedTest(name = "{1} in {0} is refused")
    @MethodSource("pairsTheTableDoesNotHave")
    void every_illegal_transition_is_refused_by_the_table_and_by_the_trade(TradeState state, TradeEvent event) {
        for (Actor actor : Actor.values()) {
            assertThat(TradeTransitions.decide(state, event, EVERYTHING_HOLDS.withStalledFrom(Optional.of(TradeState.PAYING))))
                    .isInstanceOf(TradeTransitions.Decision.NoSuchTransition.class);
        }
        for (TradeState target : TradeState.values()) {
            Result<Trade> moved = trade(state).after(new Transition(state, event, target, TransitionGuard.NONE),
                    Optional.empty(), Instant.now());
            assertThat(moved.isAccepted()).as("%s -%s-> %s", state, event, target).isFalse();
        }
    }

    @Test
    void final_states_have_no_way_out() {
        assertThat(TradeTransitions.all()).noneMatch(row -> row.from().isFinal());
    }

    @Test
    void every_state_is_reachable_from_requested() {
        Set<TradeState> reached = EnumSet.of(TradeState.REQUESTED);
        boolean grew = true;
        while (grew) {
            Set<TradeState> next = TradeTransitions.all().stream().filter(r -> reached.contains(r.from()))
                    .map(Transition::to).collect(Collectors.toCollection(() -> EnumSet.noneOf(TradeState.class)));
            grew = reached.addAll(next);
        }
        assertThat(reached).containsExactlyInAnyOrder(TradeState.values());
    }

    @Test
    void every_pending_side_effect_can_give_up_and_be_retried_by_an_administrator() {
        for (TradeState step : TradeState.PENDING_SIDE_EFFECT) {
            assertThat(TradeTransitions.allows(step, TradeEvent.GIVE_UP, TradeState.STALLED)).isTrue();
            var retry = TradeTransitions.decide(TradeState.STALLED, TradeEvent.RETRY,
                    TransitionFacts.by(Actor.ADMIN).withStalledFrom(Optional.of(step)));
            assertThat(((TradeTransitions.Decision.Moved) retry).transition().to()).isEqualTo(step);
        }
    }

    @Test
    void money_never_moves_without_the_right_party() {
        assertThat(decide(TradeState.CONTRACTED, TradeEvent.PAY, TransitionFacts.by(Actor.SELLER)).refusal().type())
                .isEqualTo("forbidden");
        assertThat(decide(TradeState.DISPUTED, TradeEvent.RESOLVE_RELEASE, TransitionFacts.by(Actor.BUYER)).refusal().type())
                .isEqualTo("forbidden");
        assertThat(decide(TradeState.CONTRACTED, TradeEvent.PAY, TransitionFacts.by(Actor.BUYER).withListingOnSale(false))
                .refusal().properties()).containsEntry("article", "Art. 22");
    }

    @Test
    void the_payment_attempt_counts_up_each_time_the_trade_enters_paying() {
        Trade trade = trade(TradeState.CONTRACTED);
        Transition pay = TradeTransitions.all().stream().filter(r -> r.event() == TradeEvent.PAY).findFirst().orElseThrow();
        Trade paying = ((Result.Accepted<Trade>) trade.after(pay, Optional.empty(), Instant.now())).value();
        assertThat(paying.paymentAttempt()).isEqualTo(1);
        assertThat(paying.escrowKey()).endsWith(":1");
    }

    @Test
    void deadlines_start_when_their_state_is_entered() {
        DeadlinePolicy policy = new DeadlinePolicy(java.time.Duration.ofHours(1), java.time.Duration.ofHours(2),
                java.time.Duration.ofDays(7), java.time.Duration.ofDays(2));
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        assertThat(policy.onEntering(TradeState.ACCEPTED, TradeEvent.ACCEPT, now)).contains(
                new Deadline(DeadlineKind.DISPUTE_WINDOW, now.plus(DeadlinePolicy.SETTLEMENT_SAFETY_NET)));
        assertThat(policy.onEntering(TradeState.ACCEPTED, TradeEvent.ACCEPTANCE_WINDOW_PASSED, now)).contains(
                new Deadline(DeadlineKind.DISPUTE_WINDOW, now.plus(java.time.Duration.ofDays(2))));
        assertThat(policy.onEntering(TradeState.ESCROWED, TradeEvent.ESCROW_HELD, now)).isEmpty();
    }

    private static TradeTransitions.Decision.GuardRefused decide(TradeState state, TradeEvent event, TransitionFacts facts) {
        return (TradeTransitions.Decision.GuardRefused) TradeTransitions.decide(state, event, facts);
    }

    static Trade trade(TradeState state) {
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        Trade placed = Trade.placed(TradeId.random(), new PurchasedVersion(UUID.randomUUID(), 1, "t", UUID.randomUUID(),
                        "0".repeat(64), 10), OrgId.random(), OrgId.random(), 100, "STATISTICS", List.of("CN"),
                new TradingConditions(3, 0, CreditStatus.GOOD, "exchange", 30), Optional.empty(), now);
        return new Trade(placed.id(), placed.product(), placed.seller(), placed.buyer(), placed.priceFen(), placed.purpose(),
                placed.territory(), placed.conditions(), state, 0, 0, Optional.empty(), Optional.empty(), Optional.empty(),
                now, now);
    }
}
