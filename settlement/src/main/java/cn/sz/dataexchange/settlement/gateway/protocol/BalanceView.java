package cn.sz.dataexchange.settlement.gateway.protocol;

/** A party's money at the gateway: released proceeds not yet paid out. */
public record BalanceView(String partyId, long availableFen, String currency) {
}
