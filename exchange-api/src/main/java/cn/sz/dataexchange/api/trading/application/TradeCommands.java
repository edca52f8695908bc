package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.scheduling.TaskRunner;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.TradingProperties;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The common shape of a command on a trade: check the caller's standing, fire the event in one
 * transaction, and once it has committed run the step it started (an -ING state), waiting a
 * bounded time for it before answering with the trade as it then is.
 */
@Component
public class TradeCommands {

    private final TradeAccess access;
    private final TradeLifecycle lifecycle;
    private final Trades trades;
    private final TaskRunner runner;
    private final TradingProperties properties;

    public TradeCommands(TradeAccess access, TradeLifecycle lifecycle, Trades trades, TaskRunner runner,
                         TradingProperties properties) {
        this.access = access;
        this.lifecycle = lifecycle;
        this.trades = trades;
        this.runner = runner;
        this.properties = properties;
    }

    public Mono<Result<Trade>> perform(TradeId id, Caller caller, TradeEvent event,
                                       Function<TradeAccess.Acting, TransitionFacts> facts, Change change) {
        return access.acting(id, caller).flatMap(acting -> acting instanceof Result.Accepted<TradeAccess.Acting> ok
                ? lifecycle.fire(ok.value().trade(), event, facts.apply(ok.value()), change).flatMap(this::afterCommit)
                : Mono.just(acting.map(a -> (Trade) null)));
    }

    /**
     * Call outside the transaction that fired the event: runs the started step, then reads the trade again,
     * since the step moves it further. Without a step the trade is as the transition saved it (a
     * {@link Change}'s further writes go to other tables), so it is answered without another read.
     */
    public Mono<Result<Trade>> afterCommit(Result<Moved> result) {
        if (!(result instanceof Result.Accepted<Moved> moved)) {
            return Mono.just(result.map(m -> null));
        }
        if (moved.value().step().isEmpty()) {
            return Mono.just(Result.accepted(moved.value().after()));
        }
        return runStep(moved.value()).then(trades.find(moved.value().after().id())).map(Result::accepted);
    }

    /** Runs the step a transition started, if any, and waits for it at most the configured time; it goes on regardless. */
    public Mono<Void> runStep(Moved moved) {
        if (moved.step().isEmpty()) {
            return Mono.empty();
        }
        Mono<Void> running = runner.run(moved.step().get()).cache();
        running.subscribe();
        return running.timeout(properties.stepWait())
                .onErrorResume(TimeoutException.class, e -> Mono.empty());
    }
}
