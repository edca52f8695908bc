package cn.sz.dataexchange.api.trading.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a trade stands, with stable persisted codes (never the ordinal). Steps with an outside side
 * effect come as an -ING state (the step is pending and will be retried) followed by its -ED state
 * (the side effect happened); see ADR 0060. The allowed moves are in {@link TradeTransitions}.
 */
public enum TradeState {
    REQUESTED(10),
    CONTRACTED(20),
    PAYING(30),
    ESCROWED(40),
    DELIVERING(50),
    DELIVERED(60),
    ACCEPTED(70),
    SETTLING(80),
    SETTLED(90),
    CANCELLED(100),
    EXPIRED(110),
    DISPUTED(120),
    REFUNDING(130),
    RESOLVED_REFUNDED(140),
    RELEASING(150),
    RESOLVED_RELEASED(160),
    TERMINATING(170),
    TERMINATED(180),
    STALLED(200);

    /** States no event leaves. */
    public static final Set<TradeState> FINAL = EnumSet.of(SETTLED, CANCELLED, EXPIRED, RESOLVED_REFUNDED,
            RESOLVED_RELEASED, TERMINATED);

    /** States whose outside side effect is pending: a step task drives each to its -ED state. */
    public static final Set<TradeState> PENDING_SIDE_EFFECT = EnumSet.of(PAYING, SETTLING, REFUNDING, RELEASING,
            TERMINATING);

    /** States in which the buyer has not received the data under the trade's terms yet (Art. 22 termination). */
    public static final Set<TradeState> BEFORE_DELIVERY = EnumSet.of(REQUESTED, CONTRACTED, PAYING, ESCROWED,
            DELIVERING, DISPUTED);

    private final int code;

    TradeState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    public static TradeState ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown trade state code " + code));
    }
}
