package cn.sz.dataexchange.settlement.pricing;

import cn.sz.dataexchange.settlement.money.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One trade as Art. 69 sees it: who sold what to whom, at what price and when, under which conditions. */
public record PricedTrade(String tradeId, String sellerId, String counterpartyId, String productId, Money price,
        Instant tradedAt, TradingConditions conditions, Optional<ExemptionClaim> claim) {

    public PricedTrade {
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(tradedAt, "tradedAt");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(claim, "claim");
        if (price.isNegative()) {
            throw new IllegalArgumentException("price must not be negative");
        }
    }
}
