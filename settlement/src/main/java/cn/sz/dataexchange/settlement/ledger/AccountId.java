package cn.sz.dataexchange.settlement.ledger;

import java.util.Objects;

/**
 * One account: its type and its owner (an organisation id, a trade id, or {@value #PLATFORM} for the
 * platform's own accounts). Maps to the columns {@code account_type} ({@link AccountType#code()})
 * and {@code account_owner}.
 */
public record AccountId(AccountType type, String owner) {

    public static final String PLATFORM = "platform";

    public AccountId {
        Objects.requireNonNull(type, "type");
        Identifiers.requireText(owner, "account owner");
        if (type.scope() == AccountScope.PLATFORM && !PLATFORM.equals(owner)) {
            throw new IllegalArgumentException(type + " is a platform account; owner must be " + PLATFORM);
        }
    }

    public static AccountId buyerFunding(OrgId buyer) {
        return new AccountId(AccountType.BUYER_FUNDING, buyer.value());
    }

    public static AccountId buyerRefunds(OrgId buyer) {
        return new AccountId(AccountType.BUYER_REFUNDS, buyer.value());
    }

    public static AccountId tradeEscrow(TradeId trade) {
        return new AccountId(AccountType.TRADE_ESCROW, trade.value());
    }

    public static AccountId sellerPayable(OrgId seller) {
        return new AccountId(AccountType.SELLER_PAYABLE, seller.value());
    }

    public static AccountId sellerPayouts(OrgId seller) {
        return new AccountId(AccountType.SELLER_PAYOUTS, seller.value());
    }

    public static AccountId platform(AccountType type) {
        return new AccountId(type, PLATFORM);
    }

    @Override
    public String toString() {
        return type + "/" + owner;
    }
}
