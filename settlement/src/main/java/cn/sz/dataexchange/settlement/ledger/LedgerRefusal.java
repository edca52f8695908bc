package cn.sz.dataexchange.settlement.ledger;

/** Why the ledger refused an entry. Persist or map {@link #code()}; all are conflicts with the ledger's state. */
public enum LedgerRefusal {

    /** The entry would take an account below zero, e.g. release more than the escrow holds. */
    ACCOUNT_WOULD_GO_NEGATIVE(1),
    /** The entry id was already used for a different fact. */
    ENTRY_ID_REUSED(2),
    /** The trade's escrow was already funded once. */
    ESCROW_ALREADY_FUNDED(3),
    /** The trade's escrow was already released or refunded. */
    ESCROW_ALREADY_CLOSED(4),
    /** Release or refund before the escrow was funded. */
    ESCROW_NOT_FUNDED(5),
    /** A release or refund that does not empty the escrow. */
    ESCROW_NOT_EMPTIED(6);

    private final int code;

    LedgerRefusal(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
