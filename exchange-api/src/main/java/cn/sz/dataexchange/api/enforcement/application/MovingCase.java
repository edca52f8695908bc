package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.application.CaseLifecycle.Move;
import cn.sz.dataexchange.api.enforcement.model.ActualNeed;
import cn.sz.dataexchange.api.enforcement.model.CaseEvent;
import cn.sz.dataexchange.api.enforcement.model.CaseId;
import cn.sz.dataexchange.api.enforcement.model.EnforcementCase;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The moves of a case other than the decision: investigation, referral, correction order and its
 * outcome, the respondent's statement, enforcement, closure and dismissal. Who may do what is the
 * transition table's answer; a caller who may not see the case gets 404.
 */
@Component
public class MovingCase {

    private final CaseAccess access;
    private final CaseLifecycle lifecycle;
    private final ConfirmedNeeds needs;
    private final Clock clock;

    public MovingCase(CaseAccess access, CaseLifecycle lifecycle, ConfirmedNeeds needs, Clock clock) {
        this.access = access;
        this.lifecycle = lifecycle;
        this.needs = needs;
        this.clock = clock;
    }

    /**
     * Staff confirm a counterparty's actual need for one of the case's trades (Art. 69 item 1). The need
     * must come from the published vocabulary ({@link ActualNeed}); later detection runs pass it to the
     * detector as that trade's declared need.
     */
    public Mono<Result<EnforcementCase>> confirmNeed(CaseId id, Caller caller, UUID trade, String needCode,
                                                     String reason) {
        var need = ActualNeed.ofCode(needCode);
        if (need.isEmpty()) {
            return Mono.just(Result.refused(Refusal.invalidField("need", "Art. 69 item 1: the need must be a code of"
                    + " the published vocabulary (GET /api/v1/vocabulary/actual-needs)")));
        }
        return access.acting(id, caller).flatMap(r -> {
            if (!(r instanceof Result.Accepted<CaseAccess.Acting> ok)) {
                return Mono.just(r.map(a -> (EnforcementCase) null));
            }
            if (!ok.value().found().facts().trades().contains(trade)) {
                return Mono.just(Result.refused(Refusal.invalidField("tradeId", trade + " is not a trade of this case")));
            }
            Move move = Move.of(CaseEvent.NEED_CONFIRMED, ok.value().actor(), caller.actor(), reason)
                    .with(Map.of("tradeId", trade.toString(), "need", need.get().name()))
                    .alsoWriting(c -> needs.confirm(trade, need.get(), id, caller.actor(), reason, clock.instant()));
            return lifecycle.fire(ok.value().found(), move);
        });
    }

    public Mono<Result<EnforcementCase>> move(CaseId id, Caller caller, CaseEvent event, String reason) {
        return perform(id, caller, acting -> Move.of(event, acting.actor(), caller.actor(), reason));
    }

    /** Orders a correction by {@code deadline} (in the future); when it passes uncorrected the correction counts as refused. */
    public Mono<Result<EnforcementCase>> orderCorrection(CaseId id, Caller caller, String requirements, Instant deadline) {
        if (!deadline.isAfter(clock.instant())) {
            return Mono.just(Result.refused(Refusal.invalidField("deadline", "must be in the future")));
        }
        return perform(id, caller, acting -> Move.of(CaseEvent.ORDER_CORRECTION, acting.actor(), caller.actor(),
                requirements).with(Map.of("requirements", requirements, "deadline", deadline.toString())).until(deadline));
    }

    /** The respondent's statement, recorded as an event that keeps the state. */
    public Mono<Result<EnforcementCase>> statement(CaseId id, Caller caller, String text) {
        return perform(id, caller, acting -> Move.of(CaseEvent.STATEMENT_SUBMITTED, acting.actor(), caller.actor(), null)
                .with(Map.of("statement", text)));
    }

    private Mono<Result<EnforcementCase>> perform(CaseId id, Caller caller,
                                                  java.util.function.Function<CaseAccess.Acting, Move> move) {
        return access.acting(id, caller).flatMap(r -> r instanceof Result.Accepted<CaseAccess.Acting> ok
                ? lifecycle.fire(ok.value().found(), move.apply(ok.value()))
                : Mono.just(r.map(a -> (EnforcementCase) null)));
    }
}
