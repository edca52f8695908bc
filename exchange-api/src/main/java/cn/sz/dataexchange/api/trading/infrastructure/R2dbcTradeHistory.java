package cn.sz.dataexchange.api.trading.infrastructure;

import cn.sz.dataexchange.api.trading.application.TradeHistory;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeState;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Event rows; the sequence number is the next one of the trade (writers hold the trade's row lock). */
@Repository
class R2dbcTradeHistory implements TradeHistory {

    private final DatabaseClient db;

    R2dbcTradeHistory(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> append(TradeId trade, Entry e) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        INSERT INTO trade_events (trade_id, seq, event, from_state, to_state, actor, reason, details,
                                                  occurred_at)
                        SELECT :trade, coalesce(max(seq), 0) + 1, :event, :from, :to, :actor, :reason, :details, :at
                        FROM trade_events WHERE trade_id = :trade""")
                .bind("trade", trade.value()).bind("event", (short) e.event().code())
                .bind("to", (short) e.to().code()).bind("actor", e.actor()).bind("details", e.details())
                .bind("at", e.at());
        spec = e.from() == null ? spec.bindNull("from", Short.class) : spec.bind("from", (short) e.from().code());
        spec = e.reason() == null ? spec.bindNull("reason", String.class) : spec.bind("reason", e.reason());
        return spec.then();
    }

    @Override
    public Mono<Boolean> recordedSince(TradeId trade, TradeEvent event, Instant since) {
        return db.sql("""
                        SELECT EXISTS (SELECT 1 FROM trade_events
                                       WHERE trade_id = :trade AND event = :event AND occurred_at >= :since) AS found""")
                .bind("trade", trade.value()).bind("event", (short) event.code()).bind("since", since)
                .map(row -> Boolean.TRUE.equals(row.get("found", Boolean.class))).one();
    }

    @Override
    public Flux<Recorded> of(TradeId trade) {
        return db.sql("SELECT * FROM trade_events WHERE trade_id = :trade ORDER BY seq").bind("trade", trade.value())
                .map(row -> {
                    Short from = row.get("from_state", Short.class);
                    return new Recorded(row.get("seq", Integer.class), new Entry(
                            TradeEvent.ofCode(row.get("event", Short.class)),
                            from == null ? null : TradeState.ofCode(from), TradeState.ofCode(row.get("to_state", Short.class)),
                            row.get("actor", String.class), row.get("reason", String.class),
                            row.get("details", String.class), row.get("occurred_at", Instant.class)));
                })
                .all();
    }
}
