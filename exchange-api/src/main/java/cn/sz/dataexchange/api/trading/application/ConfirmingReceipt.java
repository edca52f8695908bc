package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.TradingProperties;
import cn.sz.dataexchange.api.trading.application.TradeContracts.StoredReceipt;
import cn.sz.dataexchange.api.trading.model.Actor;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import cn.sz.dataexchange.contracts.json.Sha256Digest;
import cn.sz.dataexchange.contracts.model.OrgId;
import cn.sz.dataexchange.contracts.receipt.DeliveryReceipt;
import cn.sz.dataexchange.contracts.receipt.ExpectedDelivery;
import cn.sz.dataexchange.contracts.receipt.ReceiptReport;
import cn.sz.dataexchange.contracts.receipt.ReceiptVerification;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The buyer confirms delivery with a receipt it signed over the SHA-256 and size of what it
 * received; it must match the purchased version's asset, or the trade stays DELIVERING.
 */
@Component
public class ConfirmingReceipt {

    private final TradeAccess access;
    private final TradeCommands commands;
    private final TradeLifecycle lifecycle;
    private final TradeContracts contracts;
    private final SigningKeyDirectory keys;
    private final DeliveryStarts deliveries;
    private final ReceiptVerification verification;
    private final Clock clock;

    public ConfirmingReceipt(TradeAccess access, TradeCommands commands, TradeLifecycle lifecycle,
                             TradeContracts contracts, SigningKeyDirectory keys, DeliveryStarts deliveries,
                             TradingProperties properties, Clock clock) {
        this.access = access;
        this.commands = commands;
        this.lifecycle = lifecycle;
        this.contracts = contracts;
        this.keys = keys;
        this.deliveries = deliveries;
        this.verification = new ReceiptVerification(clock, properties.signatureClockSkew());
        this.clock = clock;
    }

    public Mono<Result<Trade>> confirm(TradeId id, String receiptJws, Caller caller) {
        return access.acting(id, caller).flatMap(acting -> {
            if (!(acting instanceof Result.Accepted<TradeAccess.Acting> ok)) {
                return Mono.just(acting.map(a -> (Trade) null));
            }
            Trade trade = ok.value().trade();
            return deliveries.firstTokenIssuedAt(id).defaultIfEmpty(trade.updatedAt())
                    .zipWith(keys.forSignatures(List.of(receiptJws)))
                    .map(found -> verification.verify(receiptJws, expected(trade, found.getT1()), found.getT2()))
                    .flatMap(report -> fire(trade, ok.value().actor(), report, receiptJws, caller));
        });
    }

    private Mono<Result<Trade>> fire(Trade trade, Actor actor, ReceiptReport report, String jws, Caller caller) {
        if (!report.isValid() && actor == Actor.BUYER && trade.state() == TradeState.DELIVERING) {
            return Mono.just(Result.refused(Refusal.of(Refusal.Reason.UNPROCESSABLE, "receipt-invalid", "Receipt invalid",
                            "The receipt does not match the delivery: " + report.describe())
                    .with("problems", report.problems().stream()
                            .map(p -> Map.of("code", p.code().name(), "detail", p.detail())).toList())));
        }
        Change change = Change.by(caller.actor(), "buyer confirmed receipt")
                .with(report.receipt().map(r -> Map.<String, Object>of("sha256", r.sha256().hex(), "bytes", r.bytes(),
                        "receivedAt", r.receivedAt().toString())).orElse(Map.of()))
                .alsoWriting(after -> report.receipt().map(r -> contracts.saveReceipt(trade.id(), stored(r, jws)))
                        .orElse(Mono.empty()));
        return lifecycle.fire(trade, TradeEvent.CONFIRM_RECEIPT,
                        TransitionFacts.by(actor).withReceiptValid(report.isValid()), change)
                .flatMap(commands::afterCommit);
    }

    private StoredReceipt stored(DeliveryReceipt receipt, String jws) {
        String kid = cn.sz.dataexchange.contracts.signing.SignedHeaders.kidOf(jws).orElse("");
        return new StoredReceipt(kid, receipt.sha256().hex(), receipt.bytes(), receipt.receivedAt(), jws, clock.instant());
    }

    private static ExpectedDelivery expected(Trade trade, Instant deliveredFrom) {
        return new ExpectedDelivery(new cn.sz.dataexchange.contracts.model.TradeId(trade.id().toString()),
                new OrgId(trade.buyer().toString()), Sha256Digest.ofHex(trade.product().assetSha256()),
                trade.product().assetBytes(), deliveredFrom);
    }
}
