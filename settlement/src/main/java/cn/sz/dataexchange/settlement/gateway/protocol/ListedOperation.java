package cn.sz.dataexchange.settlement.gateway.protocol;

/**
 * One money operation the gateway carried out, as {@code GET /v1/operations?from=&to=} lists it for
 * reconciliation: which command ({@code kind}: ESCROW, RELEASE, REFUND, PAYOUT), under which
 * idempotency key, on which escrow or payout, for how much, the state it left the escrow or payout
 * in ({@code state}), and the escrow's state now ({@code escrowState}; null for payouts).
 * {@code amountFen} is the escrow's amount for ESCROW, RELEASE and REFUND (a release's gross),
 * the payout's amount for PAYOUT; {@code feeFen} is a release's fee, else 0.
 */
public record ListedOperation(String idempotencyKey, String kind, String escrowId, String payoutId, String tradeId,
        long amountFen, long feeFen, String state, String escrowState, String completedAt) {
}
