package cn.sz.dataexchange.api.trading.model;

import static cn.sz.dataexchange.api.trading.model.Actor.ADMIN;
import static cn.sz.dataexchange.api.trading.model.Actor.BUYER;
import static cn.sz.dataexchange.api.trading.model.Actor.SELLER;
import static cn.sz.dataexchange.api.trading.model.Actor.SYSTEM;
import static cn.sz.dataexchange.api.trading.model.Guards.actorIs;
import static cn.sz.dataexchange.api.trading.model.TradeEvent.*;
import static cn.sz.dataexchange.api.trading.model.TradeState.*;
import static cn.sz.dataexchange.api.trading.model.TransitionGuard.allOf;

import cn.sz.dataexchange.api.shared.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one table of allowed trade transitions (ADR 0060). The Spring Statemachine adapter is built
 * from it, and {@link #decide} answers the same question without a framework, for the entity's own
 * check and for tests that compare the two.
 */
public final class TradeTransitions {

    private static final List<Transition> TABLE = build();

    private TradeTransitions() {
    }

    public static List<Transition> all() {
        return TABLE;
    }

    private static List<Transition> build() {
        List<Transition> t = new ArrayList<>();
        TransitionGuard system = actorIs(SYSTEM);
        t.add(new Transition(REQUESTED, ALL_SIGNED, CONTRACTED, allOf(system, Guards.signaturesComplete())));
        t.add(new Transition(CONTRACTED, PAY, PAYING, allOf(actorIs(BUYER), Guards.listingOnSale())));
        t.add(new Transition(PAYING, ESCROW_HELD, ESCROWED, system));
        t.add(new Transition(PAYING, PAYMENT_DECLINED, CONTRACTED, system));
        t.add(new Transition(ESCROWED, ISSUE_DELIVERY_TOKEN, DELIVERING, actorIs(BUYER)));
        t.add(new Transition(DELIVERING, ISSUE_DELIVERY_TOKEN, DELIVERING, actorIs(BUYER)));
        t.add(new Transition(DELIVERING, CONFIRM_RECEIPT, DELIVERED, allOf(actorIs(BUYER), Guards.receiptValid())));
        t.add(new Transition(DELIVERED, ACCEPT, ACCEPTED, actorIs(BUYER)));
        t.add(new Transition(DELIVERED, ACCEPTANCE_WINDOW_PASSED, ACCEPTED, system));
        t.add(new Transition(ACCEPTED, BEGIN_SETTLEMENT, SETTLING, system));
        t.add(new Transition(SETTLING, SETTLEMENT_COMPLETED, SETTLED, system));
        for (TradeState from : List.of(REQUESTED, CONTRACTED)) {
            t.add(new Transition(from, CANCEL, CANCELLED, actorIs(BUYER, SELLER)));
            t.add(new Transition(from, TERMINATE, TERMINATED, actorIs(ADMIN, SYSTEM)));
        }
        t.add(new Transition(REQUESTED, SIGNING_DEADLINE_PASSED, EXPIRED, system));
        t.add(new Transition(CONTRACTED, PAYMENT_DEADLINE_PASSED, EXPIRED, system));
        for (TradeState from : List.of(ESCROWED, DELIVERING, DELIVERED, ACCEPTED)) {
            t.add(new Transition(from, DISPUTE, DISPUTED, actorIs(BUYER, SELLER)));
        }
        t.add(new Transition(DISPUTED, RESOLVE_REFUND, REFUNDING, actorIs(ADMIN)));
        t.add(new Transition(REFUNDING, REFUND_COMPLETED, RESOLVED_REFUNDED, system));
        t.add(new Transition(DISPUTED, RESOLVE_RELEASE, RELEASING, actorIs(ADMIN)));
        t.add(new Transition(RELEASING, RELEASE_COMPLETED, RESOLVED_RELEASED, system));
        for (TradeState from : List.of(PAYING, ESCROWED, DELIVERING, DISPUTED)) {
            t.add(new Transition(from, TERMINATE, TERMINATING, actorIs(ADMIN, SYSTEM)));
        }
        t.add(new Transition(TERMINATING, TERMINATION_REFUNDED, TERMINATED, system));
        for (TradeState step : TradeState.PENDING_SIDE_EFFECT) {
            t.add(new Transition(step, GIVE_UP, STALLED, system));
            t.add(new Transition(STALLED, RETRY, step, allOf(actorIs(ADMIN), Guards.resumesStalledStep())));
        }
        return List.copyOf(t);
    }

    /** What the table says about {@code event} in {@code state} given the facts. */
    public static Decision decide(TradeState state, TradeEvent event, TransitionFacts facts) {
        List<Transition> candidates = TABLE.stream().filter(r -> r.from() == state && r.event() == event).toList();
        if (candidates.isEmpty()) {
            return new Decision.NoSuchTransition(state, event);
        }
        Refusal first = null;
        for (Transition candidate : candidates) {
            Optional<Refusal> refusal = candidate.guard().check(facts, candidate.to());
            if (refusal.isEmpty()) {
                return new Decision.Moved(candidate);
            }
            first = first == null ? refusal.get() : first;
        }
        return new Decision.GuardRefused(state, event, first);
    }

    /** Whether the table has a row from {@code from} to {@code to} on {@code event}. */
    public static boolean allows(TradeState from, TradeEvent event, TradeState to) {
        return TABLE.stream().anyMatch(r -> r.from() == from && r.event() == event && r.to() == to);
    }

    /** The outcome of sending an event. */
    public sealed interface Decision {

        record Moved(Transition transition) implements Decision {
        }

        record GuardRefused(TradeState state, TradeEvent event, Refusal refusal) implements Decision {
        }

        record NoSuchTransition(TradeState state, TradeEvent event) implements Decision {
        }
    }
}
