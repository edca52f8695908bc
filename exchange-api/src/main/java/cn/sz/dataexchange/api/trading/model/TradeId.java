package cn.sz.dataexchange.api.trading.model;

import java.util.Objects;
import java.util.UUID;

/** A trade's identifier. */
public record TradeId(UUID value) {

    public TradeId {
        Objects.requireNonNull(value, "value");
    }

    public static TradeId random() {
        return new TradeId(UUID.randomUUID());
    }

    /** The audit stream of the trade (Art. 66, 75). */
    public String stream() {
        return "trade:" + value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
