package cn.sz.dataexchange.api.statements.model;

import java.time.Instant;
import java.util.UUID;

/**
 * The money of one trade in a period, from the journal: what the buyer paid into escrow, the gross
 * released, the platform fee and the seller's net, what was refunded, and what the escrow still
 * held at the end of the period.
 *
 * @param role the organisation's part in the trade, SELLER or BUYER
 */
public record TradeMoney(UUID tradeId, String role, UUID sellerOrg, UUID buyerOrg, Instant firstRecordedAt,
                         long paidFen, long releasedFen, long feeFen, long sellerNetFen, long refundedFen,
                         long heldAtEndFen) {
}
