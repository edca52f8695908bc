package cn.sz.dataexchange.settlement.gateway.protocol;

/** Body of {@code POST /v1/escrows/{id}/refund}: return the escrow to the payer; {@code reason} is for the record. */
public record RefundEscrow(String reason) {
}
