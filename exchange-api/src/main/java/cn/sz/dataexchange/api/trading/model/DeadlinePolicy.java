package cn.sz.dataexchange.api.trading.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which deadline starts when a trade enters a state (ADR 0060): signing in REQUESTED, payment in
 * CONTRACTED, the acceptance window in DELIVERED, and after a deemed acceptance the dispute
 * window before settlement begins. An explicit acceptance waives the dispute window: the command
 * begins settlement itself, and the deadline, a minute later, is only the safety net should the
 * instance die in between.
 */
public record DeadlinePolicy(Duration signing, Duration payment, Duration acceptance, Duration disputeWindow) {

    /** After an explicit acceptance, when the deadline takes over if the command could not begin settlement. */
    public static final Duration SETTLEMENT_SAFETY_NET = Duration.ofMinutes(1);

    public Optional<Deadline> onEntering(TradeState state, TradeEvent via, Instant now) {
        return switch (state) {
            case REQUESTED -> Optional.of(new Deadline(DeadlineKind.SIGNING, now.plus(signing)));
            case CONTRACTED -> Optional.of(new Deadline(DeadlineKind.PAYMENT, now.plus(payment)));
            case DELIVERED -> Optional.of(new Deadline(DeadlineKind.ACCEPTANCE, now.plus(acceptance)));
            case ACCEPTED -> Optional.of(new Deadline(DeadlineKind.DISPUTE_WINDOW,
                    now.plus(via == TradeEvent.ACCEPT ? SETTLEMENT_SAFETY_NET : disputeWindow)));
            default -> Optional.empty();
        };
    }
}
