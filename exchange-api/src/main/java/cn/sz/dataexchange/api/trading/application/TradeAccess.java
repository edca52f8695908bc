package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.identity.model.Role;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.model.Actor;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeId;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Ownership: a trade is seen by its buyer, its seller and the platform's staff, and moved by its
 * parties and administrators. Another organisation's trade answers 404 like an unknown one, so
 * trade ids cannot be confirmed by trying them (ADR 0057).
 */
@Component
public class TradeAccess {

    private final Trades trades;

    public TradeAccess(Trades trades) {
        this.trades = trades;
    }

    /** A trade and who the caller is to it. */
    public record Acting(Trade trade, Actor actor) {
    }

    public Mono<Result<Trade>> readable(TradeId id, Caller caller) {
        return trades.find(id)
                .map(trade -> caller.isPlatformStaff() || party(trade, caller).isPresent() ? Result.accepted(trade)
                        : Result.<Trade>refused(notYours(id)))
                .defaultIfEmpty(Result.refused(Refusal.notFound("Trade", id)));
    }

    public Mono<Result<Acting>> acting(TradeId id, Caller caller) {
        return trades.find(id)
                .map(trade -> actorOf(trade, caller).map(actor -> Result.accepted(new Acting(trade, actor)))
                        .orElseGet(() -> Result.refused(notYours(id))))
                .defaultIfEmpty(Result.refused(Refusal.notFound("Trade", id)));
    }

    /** Administrators act as ADMIN; an organisation as the party it is to the trade; anyone else not at all. */
    public static Optional<Actor> actorOf(Trade trade, Caller caller) {
        if (caller.has(Role.ADMIN)) {
            return Optional.of(Actor.ADMIN);
        }
        return party(trade, caller);
    }

    private static Optional<Actor> party(Trade trade, Caller caller) {
        return caller.orgId().flatMap(trade::relationOf);
    }

    private static Refusal notYours(TradeId id) {
        return Refusal.notFound("Trade", id);
    }
}
