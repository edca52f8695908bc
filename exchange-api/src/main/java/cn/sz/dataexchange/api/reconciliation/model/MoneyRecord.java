package cn.sz.dataexchange.api.reconciliation.model;

import java.time.Instant;

/**
 * One side's record of a money operation, in the shape both sides share. {@code reference} is what
 * both keep: the escrow id (ESCROW), the idempotency key (RELEASE, REFUND), the payout id (PAYOUT).
 * {@code id} is the journal entry id or the gateway's idempotency key (null when the gateway record
 * was looked up by escrow or payout id). {@code state}: for ESCROW the escrow's state now (HELD,
 * RELEASED, REFUNDED), otherwise the state the operation left (RELEASED, REFUNDED, PAID).
 */
public record MoneyRecord(OperationKind kind, String reference, String id, String tradeId, long amountFen, long feeFen,
                          String state, Instant at) {

    public MatchKey key() {
        return new MatchKey(kind, reference);
    }

    public record MatchKey(OperationKind kind, String reference) {
    }
}
