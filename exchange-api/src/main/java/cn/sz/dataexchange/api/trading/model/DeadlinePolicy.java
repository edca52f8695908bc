package cn.sz.dataexchange.api.trading.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which deadline starts when a trade enters a state (ADR 0060): signing in REQUESTED, payment in
 * CONTRACTED, the acceptance window in DELIVERED, and after a deemed acceptance the dispute
 * window before settlement begins. An explicit acceptance waives the dispute window.
 */
public record DeadlinePolicy(Duration signing, Duration payment, Duration acceptance, Duration disputeWindow) {

    public Optional<Deadline> onEntering(TradeState state, TradeEvent via, Instant now) {
        return switch (state) {
            case REQUESTED -> Optional.of(new Deadline(DeadlineKind.SIGNING, now.plus(signing)));
            case CONTRACTED -> Optional.of(new Deadline(DeadlineKind.PAYMENT, now.plus(payment)));
            case DELIVERED -> Optional.of(new Deadline(DeadlineKind.ACCEPTANCE, now.plus(acceptance)));
            case ACCEPTED -> Optional.of(new Deadline(DeadlineKind.DISPUTE_WINDOW,
                    via == TradeEvent.ACCEPT ? now : now.plus(disputeWindow)));
            default -> Optional.empty();
        };
    }
}
