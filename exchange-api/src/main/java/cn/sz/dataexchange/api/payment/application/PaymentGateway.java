package cn.sz.dataexchange.api.payment.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import reactor.core.publisher.Flux;
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

    /**
     * The money operations the gateway completed in {@code [from, to)} by its own clock, in its order:
     * every escrow, release, refund and payout (commands it answered 2xx), for reconciliation.
     */
    Flux<GatewayOperation> operations(Instant from, Instant to);

    /**
     * What the gateway knows of one operation the journal records, found by the reference the journal
     * keeps: the escrow id (ESCROW), the idempotency key (RELEASE, REFUND) or the payout id (PAYOUT).
     * Empty when the gateway has no such operation.
     */
    Mono<Optional<GatewayOperation>> operation(String kind, String reference);

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

    /**
     * One money operation at the gateway. {@code kind}: ESCROW, RELEASE, REFUND or PAYOUT;
     * {@code amountFen}: the escrow's amount (a release's gross) or the payout's; {@code state}: what the
     * operation left it in; {@code escrowState}: the escrow's state now (null for payouts);
     * {@code idempotencyKey} is null when the operation was looked up by escrow or payout id.
     */
    record GatewayOperation(String kind, String idempotencyKey, String escrowId, String payoutId, String tradeId,
                            long amountFen, long feeFen, String state, String escrowState, Instant completedAt) {
    }

    record EscrowStatus(String escrowId, String state, long amountFen, long releasedToPayeeFen) {
    }
}
