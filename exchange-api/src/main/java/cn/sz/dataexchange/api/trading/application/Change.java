package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.trading.model.Trade;
import java.util.Map;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * What goes with a transition besides the move: who did it and why (for the event row and the
 * audit record), details, and further writes that must commit in the same transaction. Further writes go
 * to other tables than the trade's own row: a command answers with the trade as its transition saved it.
 */
public record Change(String actor, String reason, Map<String, ?> details, Function<Trade, Mono<Void>> alsoWrite) {

    public Change {
        details = details == null ? Map.of() : details;
        alsoWrite = alsoWrite == null ? trade -> Mono.empty() : alsoWrite;
    }

    public static Change by(String actor, String reason) {
        return new Change(actor, reason, Map.of(), null);
    }

    public Change with(Map<String, ?> moreDetails) {
        return new Change(actor, reason, moreDetails, alsoWrite);
    }

    public Change alsoWriting(Function<Trade, Mono<Void>> writes) {
        return new Change(actor, reason, details, writes);
    }
}
