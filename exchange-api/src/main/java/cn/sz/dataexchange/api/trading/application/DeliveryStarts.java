package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.trading.model.TradeId;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Port to the delivery area: when delivery of a trade began (its first token), and whether the buyer downloaded anything. */
public interface DeliveryStarts {

    Mono<Instant> firstTokenIssuedAt(TradeId trade);

    Mono<Boolean> anythingDownloaded(TradeId trade);
}
