package cn.sz.dataexchange.settlement.gateway.protocol;

/** Body of {@code POST /v1/escrows}: hold the payer's payment of {@code amountFen} for a trade. */
public record OpenEscrow(String tradeId, String payerId, String payeeId, long amountFen, String currency) {
}
