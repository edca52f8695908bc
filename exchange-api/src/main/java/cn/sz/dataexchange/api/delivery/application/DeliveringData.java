package cn.sz.dataexchange.api.delivery.application;

import cn.sz.dataexchange.api.assets.application.AssetContents;
import cn.sz.dataexchange.api.assets.application.AssetContents.StoredAsset;
import cn.sz.dataexchange.api.delivery.application.DeliveryTokens.Download;
import cn.sz.dataexchange.api.delivery.application.DeliveryTokens.IssuedToken;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.application.Trades;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeState;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Streams the purchased version to its buyer against a delivery token: the token is used up by the
 * first request (a Range request included; resume with a new token), the trade must be
 * DELIVERING, and every download is logged with its range, client and outcome.
 */
@Component
public class DeliveringData {

    private final DeliveryTokens tokens;
    private final Trades trades;
    private final AssetContents assets;
    private final TransactionalOperator tx;
    private final Clock clock;

    public DeliveringData(DeliveryTokens tokens, Trades trades, AssetContents assets,
                          TransactionalOperator tx, Clock clock) {
        this.tokens = tokens;
        this.trades = trades;
        this.assets = assets;
        this.tx = tx;
        this.clock = clock;
    }

    /** What the edge writes: the range of the asset, its facts, and the bytes. */
    public sealed interface Delivery {

        record Streaming(Trade trade, StoredAsset asset, ByteRange range, Flux<DataBuffer> body) implements Delivery {
        }

        record Unsatisfiable(long size) implements Delivery {
        }
    }

    public Mono<Result<Delivery>> open(String token, String rangeHeader, Caller caller) {
        if (caller.orgId().isEmpty()) {
            return Mono.just(Result.refused(Refusal.forbidden("Deliveries are for the buying organisation")));
        }
        UUID org = caller.orgId().get().value();
        String hash = TokenCodec.hash(token);
        return tokens.find(hash)
                .flatMap(stored -> !stored.buyerOrg().equals(org)
                        ? Mono.just(Result.<Delivery>refused(Refusal.notFound("Delivery token", "(given)")))
                        : trades.find(new TradeId(stored.tradeId())).flatMap(trade -> forTrade(trade, stored, rangeHeader, caller)))
                .defaultIfEmpty(Result.refused(Refusal.notFound("Delivery token", "(given)")));
    }

    private Mono<Result<Delivery>> forTrade(Trade trade, IssuedToken stored, String rangeHeader, Caller caller) {
        if (trade.state() != TradeState.DELIVERING) {
            return Mono.just(Result.refused(Refusal.of(Refusal.Reason.GONE, "delivery-closed", "Delivery closed",
                    "Trade " + trade.id() + " is " + trade.state() + "; nothing is delivered for it any more")));
        }
        AssetContents contents = assets;
        return contents.find(trade.product().assetId()).flatMap(asset -> {
            Optional<ByteRange> range = ByteRange.parse(rangeHeader, asset.bytes());
            if (range.isEmpty()) {
                return Mono.just(Result.<Delivery>accepted(new Delivery.Unsatisfiable(asset.bytes())));
            }
            return consume(stored, range.get(), caller).map(download -> download.map(d ->
                    new Delivery.Streaming(trade, asset, range.get(), stream(contents, asset, range.get(), d))));
        });
    }

    private Mono<Result<Download>> consume(IssuedToken stored, ByteRange range, Caller caller) {
        var now = clock.instant();
        Download download = new Download(UUID.randomUUID(), stored.tradeId(), stored.tokenHash(),
                caller.clientId().value(), range.start(), range.endInclusive(), now);
        Mono<Result<Download>> work = tokens.consume(stored.tokenHash(), stored.buyerOrg(), now)
                .flatMap(used -> tokens.downloadStarted(download).thenReturn(Result.accepted(download)))
                .defaultIfEmpty(Result.refused(Refusal.of(Refusal.Reason.GONE, "delivery-token-spent",
                        "Delivery token spent", "The token was used already or has expired; ask for a new one")));
        return tx.transactional(work);
    }

    private Flux<DataBuffer> stream(AssetContents contents, StoredAsset asset, ByteRange range, Download download) {
        AtomicLong sent = new AtomicLong();
        if (range.length() == 0) {
            return Flux.<DataBuffer>empty().doFinally(s -> finish(download, 0, "complete"));
        }
        return contents.read(asset.id(), range.start(), range.length())
                .doOnNext(buffer -> sent.addAndGet(buffer.readableByteCount()))
                .doFinally(signal -> finish(download, sent.get(), switch (signal) {
                    case ON_COMPLETE -> sent.get() == range.length() ? "complete" : "short";
                    case CANCEL -> "cancelled";
                    default -> "failed";
                }));
    }

    private void finish(Download download, long bytes, String outcome) {
        tokens.downloadFinished(download.id(), bytes, outcome, clock.instant())
                .subscribe(v -> { }, error -> org.slf4j.LoggerFactory.getLogger(DeliveringData.class)
                        .warn("Could not log the end of download {}: {}", download.id(), error.toString()));
    }
}
