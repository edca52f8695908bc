package cn.sz.dataexchange.api.trading.model;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A purchase of one listing version by one buyer. The trade refuses any move its transition table
 * does not hold; {@code version} is the optimistic-locking version of the stored row.
 */
public record Trade(
        TradeId id,
        PurchasedVersion product,
        OrgId seller,
        OrgId buyer,
        long priceFen,
        String purpose,
        List<String> territory,
        TradingConditions conditions,
        TradeState state,
        long version,
        int paymentAttempt,
        Optional<String> escrowId,
        Optional<TradeState> stalledFrom,
        Optional<Deadline> deadline,
        Instant createdAt,
        Instant updatedAt) {

    public Trade {
        territory = List.copyOf(territory);
        if (seller.equals(buyer)) {
            throw new IllegalArgumentException("a seller cannot buy its own listing");
        }
    }

    public static Trade placed(TradeId id, PurchasedVersion product, OrgId seller, OrgId buyer, long priceFen,
                               String purpose, List<String> territory, TradingConditions conditions,
                               Optional<Deadline> deadline, Instant now) {
        return new Trade(id, product, seller, buyer, priceFen, purpose, territory, conditions, TradeState.REQUESTED, 0,
                0, Optional.empty(), Optional.empty(), deadline, now, now);
    }

    /** How an organisation relates to this trade, if at all. */
    public Optional<Actor> relationOf(OrgId org) {
        if (buyer.equals(org)) {
            return Optional.of(Actor.BUYER);
        }
        return seller.equals(org) ? Optional.of(Actor.SELLER) : Optional.empty();
    }

    /** The trade after {@code transition}, or a refusal when the table does not allow it from here. */
    public Result<Trade> after(Transition transition, Optional<Deadline> nextDeadline, Instant now) {
        if (transition.from() != state
                || !TradeTransitions.allows(transition.from(), transition.event(), transition.to())) {
            return Result.refused(Refusal.illegalTransition("Trade " + id, state, transition.event().name()));
        }
        TradeState to = transition.to();
        int attempt = state == TradeState.CONTRACTED && to == TradeState.PAYING ? paymentAttempt + 1 : paymentAttempt;
        Optional<TradeState> stalled = to == TradeState.STALLED ? Optional.of(state)
                : state == TradeState.STALLED ? Optional.empty() : stalledFrom;
        Optional<Deadline> deadlineAfter = transition.isSelf() ? deadline : nextDeadline;
        return Result.accepted(new Trade(id, product, seller, buyer, priceFen, purpose, territory, conditions, to, version,
                attempt, escrowId, stalled, deadlineAfter, createdAt, now));
    }

    /** The trade as stored after a save that moved its version on. */
    public Trade withVersion(long newVersion) {
        return new Trade(id, product, seller, buyer, priceFen, purpose, territory, conditions, state, newVersion,
                paymentAttempt, escrowId, stalledFrom, deadline, createdAt, updatedAt);
    }

    public Trade withEscrow(String escrow) {
        return new Trade(id, product, seller, buyer, priceFen, purpose, territory, conditions, state, version,
                paymentAttempt, Optional.of(escrow), stalledFrom, deadline, createdAt, updatedAt);
    }

    /** The idempotency key of the current payment attempt at the gateway: a retry reuses it, a new attempt does not. */
    public String escrowKey() {
        return "escrow:" + id + ":" + paymentAttempt;
    }

    public boolean isFree() {
        return priceFen == 0;
    }
}
