package cn.sz.dataexchange.settlement.pricing;

import cn.sz.dataexchange.settlement.money.Money;
import java.time.Duration;
import java.util.Objects;

/**
 * The five trading conditions Art. 69 compares: trading security (the protection level the
 * counterparty provides, 1 lowest to 5 highest), trading costs (the seller's cost of serving it),
 * credit status, trade link (the channel, e.g. "exchange" or "broker:ACME") and trading duration
 * (the licence term).
 */
public record TradingConditions(int securityLevel, Money tradingCost, CreditStatus creditStatus, String tradeLink,
        Duration tradingDuration) {

    public TradingConditions {
        Objects.requireNonNull(tradingCost, "tradingCost");
        Objects.requireNonNull(creditStatus, "creditStatus");
        Objects.requireNonNull(tradeLink, "tradeLink");
        Objects.requireNonNull(tradingDuration, "tradingDuration");
        if (securityLevel < 1 || securityLevel > 5) {
            throw new IllegalArgumentException("securityLevel must be within 1..5");
        }
        if (tradingCost.isNegative() || tradingDuration.isNegative()) {
            throw new IllegalArgumentException("cost and duration must not be negative");
        }
    }
}
