package cn.sz.dataexchange.api.trading.model;

import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.settlement.money.Money;
import cn.sz.dataexchange.settlement.pricing.CreditStatus;
import java.time.Duration;

/**
 * The trading conditions Art. 69 compares, recorded when the order is placed: the trading security
 * the buyer provides (1 lowest to 5 highest), the seller's cost of serving it, the buyer's credit
 * status, the trade link (channel) and the trading duration.
 */
public record TradingConditions(int securityLevel, long tradingCostFen, CreditStatus creditStatus, String tradeLink,
                                int durationDays) {

    public static Result<TradingConditions> of(Integer securityLevel, Long tradingCostFen, CreditStatus creditStatus,
                                               String tradeLink, Integer durationDays, int licenceDays) {
        int level = securityLevel == null ? 3 : securityLevel;
        if (level < 1 || level > 5) {
            return Result.refused(Refusal.invalidField("tradingConditions.securityLevel", "must be 1 to 5"));
        }
        long cost = tradingCostFen == null ? 0 : tradingCostFen;
        if (cost < 0) {
            return Result.refused(Refusal.invalidField("tradingConditions.tradingCostFen", "must be 0 or more"));
        }
        String link = tradeLink == null || tradeLink.isBlank() ? "exchange" : tradeLink.strip();
        if (link.length() > 100) {
            return Result.refused(Refusal.invalidField("tradingConditions.tradeLink", "must be at most 100 characters"));
        }
        int days = durationDays == null ? licenceDays : durationDays;
        if (days < 1 || days > licenceDays) {
            return Result.refused(Refusal.invalidField("tradingConditions.durationDays",
                    "must be 1 to the licence's " + licenceDays + " days"));
        }
        return Result.accepted(new TradingConditions(level, cost, creditStatus == null ? CreditStatus.GOOD : creditStatus,
                link, days));
    }

    /** As the settlement module's Art. 69 detector reads them. */
    public cn.sz.dataexchange.settlement.pricing.TradingConditions forArticle69() {
        return new cn.sz.dataexchange.settlement.pricing.TradingConditions(securityLevel, Money.ofFen(tradingCostFen),
                creditStatus, tradeLink, Duration.ofDays(durationDays));
    }
}
