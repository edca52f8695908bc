package cn.sz.dataexchange.api.delivery.application;

import cn.sz.dataexchange.api.delivery.application.DeliveryTokens.IssuedToken;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.TradingProperties;
import cn.sz.dataexchange.api.trading.application.Change;
import cn.sz.dataexchange.api.trading.application.TradeAccess;
import cn.sz.dataexchange.api.trading.application.TradeLifecycle;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The buyer of an escrowed trade asks for a delivery token: single-use, valid for a short time,
 * shown once. The first token moves the trade to DELIVERING; later ones (to resume an interrupted
 * download with a Range) keep it there. Each issue is an event of the trade.
 */
@Component
public class IssuingDeliveryToken {

    private final TradeAccess access;
    private final TradeLifecycle lifecycle;
    private final DeliveryTokens tokens;
    private final TradingProperties properties;
    private final Clock clock;

    public IssuingDeliveryToken(TradeAccess access, TradeLifecycle lifecycle, DeliveryTokens tokens,
                                TradingProperties properties, Clock clock) {
        this.access = access;
        this.lifecycle = lifecycle;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    /** A token as its buyer receives it, once. */
    public record IssuedDelivery(String token, Instant expiresAt, Trade trade) {
    }

    public Mono<Result<IssuedDelivery>> issue(TradeId id, Caller caller) {
        return access.acting(id, caller).flatMap(acting -> {
            if (!(acting instanceof Result.Accepted<TradeAccess.Acting> ok)) {
                return Mono.just(acting.map(a -> (IssuedDelivery) null));
            }
            String token = TokenCodec.newToken();
            Instant now = clock.instant();
            Instant expires = now.plus(properties.deliveryTokenLifetime());
            Trade trade = ok.value().trade();
            IssuedToken stored = new IssuedToken(TokenCodec.hash(token), trade.id().value(), trade.buyer().value(), now,
                    expires, null);
            Change change = Change.by(caller.actor(), "delivery token issued")
                    .with(Map.of("tokenSha256", stored.tokenHash(), "expiresAt", expires.toString()))
                    .alsoWriting(after -> tokens.insert(stored));
            return lifecycle.fire(trade, TradeEvent.ISSUE_DELIVERY_TOKEN, TransitionFacts.by(ok.value().actor()), change)
                    .map(result -> result.map(moved -> new IssuedDelivery(token, expires, moved.after())));
        });
    }
}
