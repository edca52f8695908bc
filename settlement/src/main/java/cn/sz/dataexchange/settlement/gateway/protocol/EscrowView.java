package cn.sz.dataexchange.settlement.gateway.protocol;

/**
 * An escrow as the gateway reports it. {@code feeFen} and {@code releasedToPayeeFen} are 0 until
 * it is released; timestamps are ISO-8601 instants (UTC).
 */
public record EscrowView(String escrowId, String tradeId, String payerId, String payeeId, long amountFen,
        String currency, EscrowState state, long feeFen, long releasedToPayeeFen, String refundReason,
        String createdAt, String updatedAt) {
}
