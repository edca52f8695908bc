package cn.sz.dataexchange.api.payment.application;

import cn.sz.dataexchange.api.scheduling.ClaimedTask;
import cn.sz.dataexchange.api.trading.application.Trades;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.settlement.ledger.PayoutJournal;
import cn.sz.dataexchange.settlement.money.FeeSplit;
import cn.sz.dataexchange.settlement.money.Money;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Releasing a trade's escrow to the seller, less the platform fee, and paying the seller out: the
 * SETTLING step after acceptance and the RELEASING step of a dispute resolved for the seller. Each
 * gateway call has its own idempotency key, so a rerun after a crash repeats nothing.
 */
@Component
public class ReleasingMoney {

    private final Trades trades;
    private final PaymentGateway gateway;
    private final MoneySteps steps;
    private final Clock clock;

    public ReleasingMoney(Trades trades, PaymentGateway gateway, MoneySteps steps, Clock clock) {
        this.trades = trades;
        this.gateway = gateway;
        this.steps = steps;
        this.clock = clock;
    }

    public Mono<Void> run(ClaimedTask task, TradeState step, TradeEvent completion) {
        return trades.find(EscrowingPayment.tradeOf(task)).flatMap(trade -> {
            if (trade.state() != step) {
                return task.complete("obsolete");
            }
            if (trade.isFree()) {
                return steps.complete(trade, completion, task, "nothing to pay out", Map.of(), after -> Mono.empty());
            }
            FeeSplit split = steps.fee().splitOf(Money.ofFen(trade.priceFen()));
            String escrowId = trade.escrowId().orElseThrow(() -> new IllegalStateException("trade " + trade.id()
                    + " has no escrow to release"));
            return gateway.release("release:" + trade.id(), escrowId, split.fee().fen())
                    .flatMap(outcome -> outcome instanceof PaymentGateway.CloseOutcome.Closed closed
                            && "RELEASED".equals(closed.state())
                            ? steps.record(trade, steps.journalOf(trade).escrowReleased(split, "release:" + trade.id(),
                                    clock.instant())).then(payOut(trade, task, completion, split))
                            : Mono.error(new IllegalStateException("escrow " + escrowId + " cannot be released: " + outcome)));
        });
    }

    private Mono<Void> payOut(Trade trade, ClaimedTask task, TradeEvent completion, FeeSplit split) {
        return gateway.payout("payout:" + trade.id(), trade.seller().toString(), split.sellerNet().fen())
                .flatMap(outcome -> outcome instanceof PaymentGateway.PayoutOutcome.Paid paid
                        ? steps.complete(trade, completion, task, "escrow released and the seller paid out",
                                Map.of("grossFen", split.gross().fen(), "feeFen", split.fee().fen(),
                                        "sellerNetFen", split.sellerNet().fen(), "payoutId", paid.payoutId()),
                                after -> split.sellerNet().isZero() ? Mono.empty()
                                        : steps.record(trade, PayoutJournal.sellerPaidOut(
                                                cn.sz.dataexchange.settlement.ledger.OrgId.of(trade.seller().toString()),
                                                split.sellerNet(), paid.payoutId(), clock.instant())))
                        : Mono.error(new IllegalStateException("payout for trade " + trade.id() + " refused: " + outcome)));
    }

    public Mono<Void> gaveUp(ClaimedTask task, TradeState step, String error) {
        return trades.find(EscrowingPayment.tradeOf(task)).filter(t -> t.state() == step)
                .flatMap(trade -> steps.stall(trade, error));
    }
}
