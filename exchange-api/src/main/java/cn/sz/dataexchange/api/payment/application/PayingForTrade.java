package cn.sz.dataexchange.api.payment.application;

import cn.sz.dataexchange.api.listings.application.ListedProducts;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.application.Change;
import cn.sz.dataexchange.api.trading.application.Moved;
import cn.sz.dataexchange.api.trading.application.TradeAccess;
import cn.sz.dataexchange.api.trading.application.TradeLifecycle;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The buyer pays a CONTRACTED trade: the trade moves to PAYING in one transaction (with the payment
 * step task leased to this instance), and the step runs once that has committed. While the
 * gateway's circuit is open the command is refused with 503 and Retry-After, and nothing changes.
 */
@Component
public class PayingForTrade {

    private final TradeLifecycle lifecycle;
    private final ListedProducts products;
    private final PaymentGateway gateway;

    public PayingForTrade(TradeLifecycle lifecycle, ListedProducts products, PaymentGateway gateway) {
        this.lifecycle = lifecycle;
        this.products = products;
        this.gateway = gateway;
    }

    /**
     * Starts the payment on the trade as the caller's access check read it (the transition saves only if
     * it is still that version); the caller runs the returned step after its transaction commits.
     */
    public Mono<Result<Moved>> start(TradeAccess.Acting acting, Caller caller) {
        Optional<Duration> closed = gateway.unavailableFor();
        if (closed.isPresent()) {
            return Mono.just(Result.refused(Refusal.of(Refusal.Reason.UNAVAILABLE, "payment-gateway-unavailable",
                            "Payment gateway unavailable", "The payment gateway is failing; nothing was charged. "
                                    + "Retry after the time given")
                    .with("retryAfter", Math.max(1, closed.get().toSeconds()))));
        }
        return products.isOnSale(acting.trade().product().listingId())
                .flatMap(onSale -> lifecycle.fire(acting.trade(), TradeEvent.PAY,
                        TransitionFacts.by(acting.actor()).withListingOnSale(onSale),
                        Change.by(caller.actor(), "buyer pays")));
    }
}
