package cn.sz.dataexchange.api.reconciliation.model;

import cn.sz.dataexchange.settlement.ledger.EntryType;
import java.util.Optional;

/** The money operations both the journal and the gateway record. Persist {@link #code()}. */
public enum OperationKind {

    ESCROW(1, EntryType.ESCROW_FUNDED),
    RELEASE(2, EntryType.ESCROW_RELEASED),
    REFUND(3, EntryType.ESCROW_REFUNDED),
    PAYOUT(4, EntryType.SELLER_PAID_OUT);

    private final int code;
    private final EntryType entryType;

    OperationKind(int code, EntryType entryType) {
        this.code = code;
        this.entryType = entryType;
    }

    public int code() {
        return code;
    }

    public EntryType entryType() {
        return entryType;
    }

    public static OperationKind fromCode(int code) {
        for (OperationKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown operation kind code " + code);
    }

    public static Optional<OperationKind> of(EntryType type) {
        for (OperationKind kind : values()) {
            if (kind.entryType == type) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
