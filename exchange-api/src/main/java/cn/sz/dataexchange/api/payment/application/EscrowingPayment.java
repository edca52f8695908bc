package cn.sz.dataexchange.api.payment.application;

import cn.sz.dataexchange.api.scheduling.ClaimedTask;
import cn.sz.dataexchange.api.scheduling.TaskHandler;
import cn.sz.dataexchange.api.trading.application.Trades;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.api.trading.model.TradeSteps;
import cn.sz.dataexchange.settlement.money.Money;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The PAYING step: open the escrow at the gateway under the attempt's idempotency key, then, in one
 * transaction, record the funding in the journal and move the trade to ESCROWED (or back to
 * CONTRACTED when the gateway declines). A crash in between is resumed by any instance with the
 * same key: the gateway answers with the escrow it already holds (ADR 0062).
 */
@Component
public class EscrowingPayment implements TaskHandler {

    private final Trades trades;
    private final PaymentGateway gateway;
    private final MoneySteps steps;
    private final Clock clock;

    public EscrowingPayment(Trades trades, PaymentGateway gateway, MoneySteps steps, Clock clock) {
        this.trades = trades;
        this.gateway = gateway;
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return TradeSteps.PAY;
    }

    @Override
    public Mono<Void> run(ClaimedTask task) {
        return trades.find(tradeOf(task)).flatMap(trade -> trade.state() != TradeState.PAYING ? task.complete("obsolete")
                : trade.isFree() ? held(trade, task, "free") : escrow(trade, task));
    }

    private Mono<Void> escrow(Trade trade, ClaimedTask task) {
        return gateway.openEscrow(trade.escrowKey(), trade.id().toString(), trade.buyer().toString(),
                        trade.seller().toString(), trade.priceFen())
                .flatMap(outcome -> outcome instanceof PaymentGateway.EscrowOutcome.Held h ? held(trade, task, h.escrowId())
                        : steps.complete(trade, TradeEvent.PAYMENT_DECLINED, task, "the gateway declined the payment",
                                Map.of("detail", ((PaymentGateway.EscrowOutcome.Declined) outcome).reason(),
                                        "idempotencyKey", trade.escrowKey()), after -> Mono.empty()));
    }

    private Mono<Void> held(Trade trade, ClaimedTask task, String escrowId) {
        // The escrow reference is saved with the ESCROW_HELD transition itself (same row, same statement).
        return steps.complete(trade.withEscrow(escrowId), TradeEvent.ESCROW_HELD, task, "the gateway holds the payment in escrow",
                Map.of("escrowId", escrowId, "idempotencyKey", trade.escrowKey(), "amountFen", trade.priceFen()),
                after -> (trade.isFree() ? Mono.empty()
                        : steps.record(trade, steps.journalOf(trade).escrowFunded(Money.ofFen(trade.priceFen()), escrowId,
                                clock.instant()))));
    }

    @Override
    public Mono<Void> gaveUp(ClaimedTask task, String error) {
        return trades.find(tradeOf(task)).filter(t -> t.state() == TradeState.PAYING)
                .flatMap(trade -> steps.stall(trade, error));
    }

    static TradeId tradeOf(ClaimedTask task) {
        String subject = task.task().subject();
        return new TradeId(UUID.fromString(subject.substring(subject.indexOf(':') + 1)));
    }
}
