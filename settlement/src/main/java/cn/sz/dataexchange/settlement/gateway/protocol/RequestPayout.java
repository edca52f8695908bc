package cn.sz.dataexchange.settlement.gateway.protocol;

/** Body of {@code POST /v1/payouts}: pay {@code amountFen} of the payee's available balance out to it. */
public record RequestPayout(String payeeId, long amountFen, String currency) {
}
