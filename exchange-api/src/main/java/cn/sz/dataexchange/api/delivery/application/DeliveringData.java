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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Streams the purchased version to its buyer against a delivery token: the token is used up by the
 * first request (a Range request included; resume with a new token), the trade must be
 * DELIVERING, and every download is logged with its range, client and outcome ({@link Transfer}).
 */
@Component
public class DeliveringData {

    private static final Logger log = LoggerFactory.getLogger(DeliveringData.class);
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

        record Streaming(Trade trade, StoredAsset asset, ByteRange range, Transfer transfer) implements Delivery {
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
                    new Delivery.Streaming(trade, asset, range.get(), transfer(contents, asset, range.get(), d))));
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

    private Transfer transfer(AssetContents contents, StoredAsset asset, ByteRange range, Download download) {
        return new Transfer(contents.read(asset.id(), range.start(), range.length()), range.length(),
                (bytes, outcome) -> finish(download, bytes, outcome));
    }

    /** Logs the end of a download; a failure to log is reported here and does not fail the download. */
    private Mono<Void> finish(Download download, long bytes, DownloadOutcome outcome) {
        return tokens.downloadFinished(download.id(), bytes, outcome, clock.instant())
                .onErrorResume(error -> {
                    log.warn("Could not log the end of download {} ({}, {} bytes): {}", download.id(), outcome.code(),
                            bytes, error.toString());
                    return Mono.empty();
                });
    }
}
