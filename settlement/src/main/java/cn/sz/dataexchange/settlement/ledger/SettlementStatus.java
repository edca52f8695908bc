package cn.sz.dataexchange.settlement.ledger;

/** Where a trade's money stands, as the journal shows it. Persist {@link #code()}. */
public enum SettlementStatus {

    NOT_FUNDED(1),
    IN_ESCROW(2),
    SETTLED(3),
    REFUNDED(4);

    private final int code;

    SettlementStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
