package cn.sz.dataexchange.settlement.ledger;

/**
 * The kinds of account in the exchange's books (the exchange's point of view; ADR 0042 draws the
 * T-accounts). Persist {@link #code()}. Every account's balance is shown on its normal side and
 * no account may go below zero: the ledger refuses an entry that would make one negative.
 */
public enum AccountType {

    /** Money received from a buyer through the payment gateway. */
    BUYER_FUNDING(1, Side.DEBIT, AccountScope.ORGANISATION),
    /** Money returned to a buyer through the payment gateway. */
    BUYER_REFUNDS(2, Side.CREDIT, AccountScope.ORGANISATION),
    /** A buyer's payment held for one trade until it is released or refunded. */
    TRADE_ESCROW(3, Side.CREDIT, AccountScope.TRADE),
    /** Released proceeds owed to a seller and not yet paid out. */
    SELLER_PAYABLE(4, Side.CREDIT, AccountScope.ORGANISATION),
    /** Money paid out to a seller through the payment gateway. */
    SELLER_PAYOUTS(5, Side.CREDIT, AccountScope.ORGANISATION),
    /** The exchange's fees. */
    PLATFORM_FEE_REVENUE(6, Side.CREDIT, AccountScope.PLATFORM),
    /** Illegal income withheld from sellers under a confiscation decision (Art. 94/95), owed to the authority. */
    CONFISCATED_INCOME(7, Side.CREDIT, AccountScope.PLATFORM),
    /** Fines withheld from sellers' payables on the authority's order, owed to the authority. */
    FINES_WITHHELD(8, Side.CREDIT, AccountScope.PLATFORM),
    /** Money remitted to the enforcement authority (confiscated income and withheld fines). */
    AUTHORITY_REMITTANCES(9, Side.CREDIT, AccountScope.PLATFORM);

    private final int code;
    private final Side normalSide;
    private final AccountScope scope;

    AccountType(int code, Side normalSide, AccountScope scope) {
        this.code = code;
        this.normalSide = normalSide;
        this.scope = scope;
    }

    public int code() {
        return code;
    }

    /** The side on which a balance of this type is positive. */
    public Side normalSide() {
        return normalSide;
    }

    public AccountScope scope() {
        return scope;
    }

    public static AccountType fromCode(int code) {
        for (AccountType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown account type code " + code);
    }
}
