package cn.sz.dataexchange.settlement.ledger;

/** What a journal entry records, in the past tense. Persist {@link #code()}. */
public enum EntryType {

    /** The gateway holds the buyer's payment for the trade: buyer funding to trade escrow. */
    ESCROW_FUNDED(1),
    /** The trade settled: escrow to the seller's payable, less the platform fee. */
    ESCROW_RELEASED(2),
    /** The trade was cancelled, terminated or resolved for the buyer: escrow back to the buyer. */
    ESCROW_REFUNDED(3),
    /** The gateway paid a seller: seller payable to payouts. */
    SELLER_PAID_OUT(4),
    /** Illegal income withheld from a seller's payable under a confiscation decision. */
    INCOME_CONFISCATED(5),
    /** A fine withheld from a seller's payable on the authority's order. */
    FINE_WITHHELD(6),
    /** Confiscated income and withheld fines handed over to the authority. */
    PENALTIES_REMITTED(7);

    private final int code;

    EntryType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static EntryType fromCode(int code) {
        for (EntryType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown entry type code " + code);
    }
}
