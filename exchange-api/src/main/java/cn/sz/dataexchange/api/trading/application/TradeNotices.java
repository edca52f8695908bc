package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.notifications.Notifications;
import cn.sz.dataexchange.api.trading.model.Trade;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Tells the parties of a trade what happened to it, in the transaction of the change. */
@Component
public class TradeNotices {

    private final Notifications notifications;

    public TradeNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    public Mono<Void> toBothParties(Trade trade, String type, Map<String, ?> payload) {
        return notifications.notifyAll(java.util.List.of(trade.buyer(), trade.seller()), type, trade.id().stream(),
                body(trade, payload));
    }

    public Mono<Void> toParty(OrgId org, Trade trade, String type, Map<String, ?> payload) {
        return notifications.notify(org, type, trade.id().stream(), body(trade, payload)).then();
    }

    private static Map<String, Object> body(Trade trade, Map<String, ?> payload) {
        Map<String, Object> body = new LinkedHashMap<>(payload);
        body.putIfAbsent("tradeId", trade.id().toString());
        body.putIfAbsent("state", trade.state().name());
        return body;
    }
}
