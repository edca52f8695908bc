package cn.sz.dataexchange.api.payment.web;

import cn.sz.dataexchange.api.payment.application.PayingForTrade;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.application.Moved;
import cn.sz.dataexchange.api.trading.application.TradeAccess;
import cn.sz.dataexchange.api.trading.application.TradeCommands;
import cn.sz.dataexchange.api.trading.application.Trades;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.api.web.Idempotency;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/trades/{id}/payment} (buyer, Idempotency-Key required). The key guards the
 * move to PAYING, stored with it in one transaction; the payment step then runs after the commit,
 * and the answer reports where the payment stands: 200 escrowed, 202 still being completed (the
 * exchange finishes it), 402 declined, 503 with Retry-After while the gateway's circuit is open.
 * A retry with the same key never pays twice and answers the same way.
 */
@RestController
public class PaymentController {

    private final PayingForTrade paying;
    private final TradeCommands commands;
    private final Trades trades;
    private final Idempotency idempotency;
    private final TradeAccess access;

    public PaymentController(PayingForTrade paying, TradeCommands commands, Trades trades, Idempotency idempotency,
                             TradeAccess access) {
        this.access = access;
        this.paying = paying;
        this.commands = commands;
        this.trades = trades;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Pay for a contracted trade into escrow (buyer; Idempotency-Key required)")
    @PostMapping("/api/v1/trades/{id}/payment")
    public Mono<ResponseEntity<?>> pay(@PathVariable UUID id,
                                       @RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                       @AuthenticationPrincipal Caller caller) {
        TradeId trade = new TradeId(id);
        AtomicReference<Moved> started = new AtomicReference<>();
        return access.acting(trade, caller).map(Result::orElseThrow).flatMap(acting -> idempotency.once("client:"
                                + caller.clientId() + ":trades.pay", key, true, Map.of("tradeId", id.toString()),
                        () -> paying.start(acting, caller).map(result -> {
                            Moved moved = result.orElseThrow();
                            started.set(moved);
                            return ResponseEntity.accepted().body(Map.of("tradeId", id.toString(), "state",
                                    moved.after().state().name()));
                        }))
                .flatMap(stored -> (started.get() == null ? Mono.<Void>empty() : commands.runStep(started.get()))
                        .then(trades.find(trade))
                        .map(now -> answer(now, stored.getHeaders().getFirst(Idempotency.REPLAYED_HEADER) != null))));
    }

    private static ResponseEntity<?> answer(Trade trade, boolean replayed) {
        if (trade.state() == TradeState.CONTRACTED) {
            throw Refusal.of(Refusal.Reason.UNPROCESSABLE, "payment-declined", "Payment declined",
                    "The payment gateway declined the payment; nothing is held. Pay again with a new Idempotency-Key")
                    .toException();
        }
        ResponseEntity.BodyBuilder builder = trade.state() == TradeState.PAYING ? ResponseEntity.accepted()
                : ResponseEntity.ok();
        builder.location(URI.create("/api/v1/trades/" + trade.id()));
        if (replayed) {
            builder.header(Idempotency.REPLAYED_HEADER, "true");
        }
        return builder.body(Map.of("tradeId", trade.id().toString(), "state", trade.state().name(),
                "escrowId", trade.escrowId().orElse("")));
    }
}
