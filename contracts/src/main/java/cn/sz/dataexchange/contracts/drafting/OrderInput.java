package cn.sz.dataexchange.contracts.drafting;

/** The buyer's order: the trade it opened, the agreed price in fen and the purpose it declared. */
public record OrderInput(String tradeId, long priceFen, String declaredPurpose) {
}
