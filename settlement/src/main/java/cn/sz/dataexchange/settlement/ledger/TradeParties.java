package cn.sz.dataexchange.settlement.ledger;

import java.util.Objects;

/** A trade and the two organisations its money moves between. */
public record TradeParties(TradeId trade, OrgId buyer, OrgId seller) {

    public TradeParties {
        Objects.requireNonNull(trade, "trade");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(seller, "seller");
        if (buyer.equals(seller)) {
            throw new IllegalArgumentException("a seller cannot buy its own product");
        }
    }
}
