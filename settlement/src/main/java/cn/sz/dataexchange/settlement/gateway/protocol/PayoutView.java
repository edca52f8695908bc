package cn.sz.dataexchange.settlement.gateway.protocol;

/** A payout as the gateway reports it; the simulator pays out at once, so {@code state} is always PAID. */
public record PayoutView(String payoutId, String payeeId, long amountFen, String currency, String state,
        String createdAt) {
}
