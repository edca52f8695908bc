package cn.sz.dataexchange.api.trading.model;

import java.util.Arrays;

/** What can happen to a trade: commands of the parties and the platform, and outcomes of steps. Stable codes. */
public enum TradeEvent {
    ORDER_PLACED(1),
    ALL_SIGNED(2),
    PAY(3),
    ESCROW_HELD(4),
    PAYMENT_DECLINED(5),
    ISSUE_DELIVERY_TOKEN(6),
    CONFIRM_RECEIPT(7),
    ACCEPT(8),
    ACCEPTANCE_WINDOW_PASSED(9),
    BEGIN_SETTLEMENT(10),
    SETTLEMENT_COMPLETED(11),
    CANCEL(12),
    SIGNING_DEADLINE_PASSED(13),
    PAYMENT_DEADLINE_PASSED(14),
    DISPUTE(15),
    RESOLVE_REFUND(16),
    REFUND_COMPLETED(17),
    RESOLVE_RELEASE(18),
    RELEASE_COMPLETED(19),
    TERMINATE(20),
    TERMINATION_REFUNDED(21),
    GIVE_UP(22),
    RETRY(23),
    /** Recorded without a move: the buyer was told to stop processing (Art. 22). */
    PROCESSING_STOP_REQUIRED(24),
    SIGNATURE_RECORDED(25);

    private final int code;

    TradeEvent(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The dotted name used in audit records and notifications, e.g. {@code trade.escrow-held}. */
    public String dottedName() {
        return "trade." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static TradeEvent ofCode(int code) {
        return Arrays.stream(values()).filter(e -> e.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown trade event code " + code));
    }
}
