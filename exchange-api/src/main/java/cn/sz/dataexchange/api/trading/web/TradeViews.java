package cn.sz.dataexchange.api.trading.web;

import cn.sz.dataexchange.api.trading.application.TradeHistory;
import cn.sz.dataexchange.api.trading.model.Trade;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** How trades appear in the API. */
final class TradeViews {

    private TradeViews() {
    }

    record ListingRef(UUID listingId, int version, String title, String assetSha256, long assetBytes) {
    }

    record ConditionsView(int securityLevel, long tradingCostFen, String creditStatus, String tradeLink, int durationDays) {
    }

    record DeadlineView(String kind, Instant at) {
    }

    record TradeView(UUID id, String state, long version, ListingRef listing, UUID seller, UUID buyer, long priceFen,
                     String currency, String purpose, List<String> territory, ConditionsView tradingConditions,
                     String escrowId, String stalledStep, DeadlineView deadline, Instant createdAt, Instant updatedAt) {

        static TradeView of(Trade t) {
            var p = t.product();
            var c = t.conditions();
            return new TradeView(t.id().value(), t.state().name(), t.version(),
                    new ListingRef(p.listingId(), p.version(), p.title(), p.assetSha256(), p.assetBytes()),
                    t.seller().value(), t.buyer().value(), t.priceFen(), "CNY", t.purpose(), t.territory(),
                    new ConditionsView(c.securityLevel(), c.tradingCostFen(), c.creditStatus().name(), c.tradeLink(),
                            c.durationDays()),
                    t.escrowId().orElse(null), t.stalledFrom().map(Enum::name).orElse(null),
                    t.deadline().map(d -> new DeadlineView(d.kind().name(), d.at())).orElse(null),
                    t.createdAt(), t.updatedAt());
        }
    }

    record EventView(int seq, String event, String from, String to, String actor, String reason, Map<?, ?> details,
                     Instant occurredAt) {

        static EventView of(TradeHistory.Recorded r, JsonMapper json) {
            var e = r.entry();
            return new EventView(r.seq(), e.event().name(), e.from() == null ? null : e.from().name(), e.to().name(),
                    e.actor(), e.reason(), json.readValue(e.details(), Map.class), e.at());
        }
    }

    record DeliveryTokenView(String token, String url, Instant expiresAt, String sha256, long bytes, TradeView trade) {
    }
}
