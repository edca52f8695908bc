package cn.sz.dataexchange.settlement.ledger;

/** A trade as the exchange identifies it. */
public record TradeId(String value) {

    public TradeId {
        Identifiers.requireText(value, "trade id");
    }

    public static TradeId of(String value) {
        return new TradeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
