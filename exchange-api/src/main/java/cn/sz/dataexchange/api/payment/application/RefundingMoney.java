package cn.sz.dataexchange.api.payment.application;

import cn.sz.dataexchange.api.scheduling.ClaimedTask;
import cn.sz.dataexchange.api.trading.application.Trades;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.settlement.money.Money;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Returning a trade's escrow to the buyer: the REFUNDING step of a dispute resolved for the buyer and
 * the TERMINATING step. A trade terminated while PAYING may have an escrow nobody recorded yet, so
 * the payment command is repeated under its own key first (the gateway answers with what it did, or
 * does it now), which settles the race with a payment still in flight; then the escrow is refunded.
 */
@Component
public class RefundingMoney {

    private final Trades trades;
    private final PaymentGateway gateway;
    private final MoneySteps steps;
    private final Clock clock;

    public RefundingMoney(Trades trades, PaymentGateway gateway, MoneySteps steps, Clock clock) {
        this.trades = trades;
        this.gateway = gateway;
        this.steps = steps;
        this.clock = clock;
    }

    public Mono<Void> run(ClaimedTask task, TradeState step, TradeEvent completion, String reason) {
        return trades.find(EscrowingPayment.tradeOf(task)).flatMap(trade -> {
            if (trade.state() != step) {
                return task.complete("obsolete");
            }
            if (trade.isFree() || trade.paymentAttempt() == 0) {
                return steps.complete(trade, completion, task, "no money was held", Map.of(), after -> Mono.empty());
            }
            return escrowOf(trade).flatMap(escrowId -> escrowId.isEmpty()
                    ? steps.complete(trade, completion, task, "the gateway holds no money for the trade", Map.of(),
                            after -> Mono.empty())
                    : refund(trade, escrowId, task, completion, reason));
        });
    }

    private Mono<String> escrowOf(Trade trade) {
        if (trade.escrowId().isPresent()) {
            return Mono.just(trade.escrowId().get());
        }
        return gateway.openEscrow(trade.escrowKey(), trade.id().toString(), trade.buyer().toString(),
                        trade.seller().toString(), trade.priceFen())
                .map(outcome -> outcome instanceof PaymentGateway.EscrowOutcome.Held held ? held.escrowId() : "");
    }

    private Mono<Void> refund(Trade trade, String escrowId, ClaimedTask task, TradeEvent completion, String reason) {
        Money price = Money.ofFen(trade.priceFen());
        return gateway.refund("refund:" + trade.id(), escrowId, reason)
                .flatMap(outcome -> outcome instanceof PaymentGateway.CloseOutcome.Closed closed
                        && "REFUNDED".equals(closed.state())
                        ? steps.complete(trade, completion, task, "escrow refunded to the buyer",
                                Map.of("escrowId", escrowId, "refundedFen", trade.priceFen()),
                                after -> steps.record(trade, steps.journalOf(trade).escrowFunded(price, escrowId,
                                                clock.instant()))
                                        .then(steps.record(trade, steps.journalOf(trade).escrowRefunded(price,
                                                "refund:" + trade.id(), clock.instant()))))
                        : Mono.error(new IllegalStateException("escrow " + escrowId + " cannot be refunded: " + outcome)));
    }

    public Mono<Void> gaveUp(ClaimedTask task, TradeState step, String error) {
        return trades.find(EscrowingPayment.tradeOf(task)).filter(t -> t.state() == step)
                .flatMap(trade -> steps.stall(trade, error));
    }
}
