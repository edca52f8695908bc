package cn.sz.dataexchange.api.payment.application;

import java.time.Duration;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Port: the payment gateway that holds buyers' money in escrow for trades and pays sellers. Every
 * command carries an idempotency key: repeating it (after a timeout, a crash, on another instance)
 * returns the first outcome and moves no money twice. Business outcomes are values; an unreachable
 * or failing gateway is a {@link GatewayUnavailable} error.
 */
public interface PaymentGateway {

    Mono<EscrowOutcome> openEscrow(String key, String tradeId, String payerId, String payeeId, long amountFen);

    Mono<CloseOutcome> release(String key, String escrowId, long feeFen);

    Mono<CloseOutcome> refund(String key, String escrowId, String reason);

    Mono<PayoutOutcome> payout(String key, String payeeId, long amountFen);

    /** The escrow of a trade, if the gateway has one. */
    Mono<Optional<EscrowStatus>> escrowOfTrade(String tradeId);

    /** How long callers should wait before trying again, while the gateway's circuit is open; empty when calls pass. */
    Optional<Duration> unavailableFor();

    sealed interface EscrowOutcome {

        record Held(String escrowId) implements EscrowOutcome {
        }

        record Declined(String reason) implements EscrowOutcome {
        }
    }

    sealed interface CloseOutcome {

        /** The escrow is RELEASED or REFUNDED; {@code releasedToPayeeFen} is 0 for a refund. */
        record Closed(String escrowId, String state, long releasedToPayeeFen) implements CloseOutcome {
        }

        /** The escrow was not HELD (already closed the other way, or missing). */
        record NotHeld(String escrowId, String state) implements CloseOutcome {
        }
    }

    sealed interface PayoutOutcome {

        record Paid(String payoutId, long amountFen) implements PayoutOutcome {
        }

        record Refused(String reason) implements PayoutOutcome {
        }
    }

    record EscrowStatus(String escrowId, String state, long amountFen, long releasedToPayeeFen) {
    }
}
