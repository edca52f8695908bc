package cn.sz.dataexchange.api.payment.application;

import cn.sz.dataexchange.api.scheduling.ClaimedTask;
import cn.sz.dataexchange.api.scheduling.TaskHandler;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.api.trading.model.TradeSteps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/** The task handlers of the money steps after escrow: settle, release, refund, terminate. */
@Configuration(proxyBeanMethods = false)
public class MoneyStepHandlers {

    @Bean
    TaskHandler settlingTrade(ReleasingMoney releasing) {
        return handler(TradeSteps.SETTLE, task -> releasing.run(task, TradeState.SETTLING, TradeEvent.SETTLEMENT_COMPLETED),
                (task, error) -> releasing.gaveUp(task, TradeState.SETTLING, error));
    }

    @Bean
    TaskHandler releasingEscrow(ReleasingMoney releasing) {
        return handler(TradeSteps.RELEASE, task -> releasing.run(task, TradeState.RELEASING, TradeEvent.RELEASE_COMPLETED),
                (task, error) -> releasing.gaveUp(task, TradeState.RELEASING, error));
    }

    @Bean
    TaskHandler refundingEscrow(RefundingMoney refunding) {
        return handler(TradeSteps.REFUND, task -> refunding.run(task, TradeState.REFUNDING, TradeEvent.REFUND_COMPLETED,
                        "dispute resolved for the buyer"),
                (task, error) -> refunding.gaveUp(task, TradeState.REFUNDING, error));
    }

    @Bean
    TaskHandler refundingTermination(RefundingMoney refunding) {
        return handler(TradeSteps.TERMINATE, task -> refunding.run(task, TradeState.TERMINATING,
                        TradeEvent.TERMINATION_REFUNDED, "trade terminated"),
                (task, error) -> refunding.gaveUp(task, TradeState.TERMINATING, error));
    }

    private static TaskHandler handler(String kind, java.util.function.Function<ClaimedTask, Mono<Void>> run,
                                       java.util.function.BiFunction<ClaimedTask, String, Mono<Void>> gaveUp) {
        return new TaskHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Mono<Void> run(ClaimedTask task) {
                return run.apply(task);
            }

            @Override
            public Mono<Void> gaveUp(ClaimedTask task, String error) {
                return gaveUp.apply(task, error);
            }
        };
    }
}
