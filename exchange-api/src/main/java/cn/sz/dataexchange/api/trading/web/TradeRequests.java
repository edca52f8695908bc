package cn.sz.dataexchange.api.trading.web;

import cn.sz.dataexchange.api.trading.application.ResolvingDispute;
import cn.sz.dataexchange.settlement.pricing.CreditStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The JSON bodies the trading endpoints accept. Unknown fields are refused. */
final class TradeRequests {

    private TradeRequests() {
    }

    /** The Art. 69 trading conditions; all optional (defaults: security 3, cost 0, GOOD, "exchange", the licence term). */
    record TradingConditionsRequest(Integer securityLevel, Long tradingCostFen, CreditStatus creditStatus,
                                    @Size(max = 100) String tradeLink, Integer durationDays) {
    }

    record PlaceOrderRequest(@NotNull UUID listingId, @NotBlank @Size(max = 100) String purpose,
                             @Size(max = 20) List<@NotBlank String> territory,
                             @Valid TradingConditionsRequest tradingConditions) {
    }

    record JwsRequest(@NotBlank @Size(max = 20_000) String jws) {
    }

    record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record DisputeRequest(@NotBlank @Size(max = 2000) String reason, @Size(max = 10_000) String evidence) {
    }

    record ResolutionRequest(@NotNull ResolvingDispute.Decision decision, @NotBlank @Size(max = 2000) String reason) {
    }
}
