package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeState;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The event rows of trades: every transition, and steps recorded without a move. Append-only. */
public interface TradeHistory {

    Mono<Void> append(TradeId trade, Entry entry);

    Flux<Recorded> of(TradeId trade);

    /** Whether {@code event} was recorded for the trade at or after {@code since}. */
    Mono<Boolean> recordedSince(TradeId trade, TradeEvent event, Instant since);

    /** What is appended. {@code details} is JSON. */
    record Entry(TradeEvent event, TradeState from, TradeState to, String actor, String reason, String details,
                 Instant at) {
    }

    /** An appended entry with its sequence number within the trade. */
    record Recorded(int seq, Entry entry) {
    }
}
