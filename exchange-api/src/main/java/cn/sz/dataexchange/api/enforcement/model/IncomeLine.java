package cn.sz.dataexchange.api.enforcement.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One ledger line of a trade concerned, as it enters the illegal-income computation.
 *
 * @param effect how the line counts: {@code GROSS} (money obtained through the trade), {@code REFUND}
 *     (returned to the buyer, deducted), or {@code INFORMATION} (shown, not counted)
 */
public record IncomeLine(UUID tradeId, UUID entryId, String entryType, String account, String side, long amountFen,
                         Instant recordedAt, Effect effect) {

    public enum Effect { GROSS, REFUND, INFORMATION }
}
