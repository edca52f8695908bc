package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.trading.model.TradingConditions;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Flux;

/**
 * The trades whose price was agreed (contracted or later, not cancelled or expired), with the
 * listing's list price at the trade and the recorded Art. 69 trading conditions, streamed in the
 * order seller, listing, list price, time: the input of an Art. 69 detection run, never all in memory.
 */
public interface RecordedTradingConditions {

    Flux<Recorded> inSellerListingOrder();

    record Recorded(UUID tradeId, UUID seller, UUID buyer, UUID listingId, int listingVersion, long listPriceFen,
                    long priceFen, Instant tradedAt, TradingConditions conditions) {
    }
}
