package cn.sz.dataexchange.contracts.model;

/** A trade id. */
public record TradeId(String value) {

    public TradeId {
        Identifiers.require(value, "a trade id");
    }

    public static boolean isValid(String value) {
        return Identifiers.isValid(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
