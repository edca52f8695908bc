package cn.sz.dataexchange.api.statements.model;

import cn.sz.dataexchange.settlement.ledger.AccountType;
import java.util.List;
import java.util.UUID;

/** Whose accounts a statement covers: one organisation's, or the platform's view of every account. */
public sealed interface StatementScope {

    /** The account types an organisation owns (as buyer and as seller). */
    List<AccountType> ORGANISATION_ACCOUNTS = List.of(AccountType.BUYER_FUNDING, AccountType.BUYER_REFUNDS,
            AccountType.SELLER_PAYABLE, AccountType.SELLER_PAYOUTS);

    List<AccountType> accountTypes();

    record Organisation(UUID org) implements StatementScope {
        @Override
        public List<AccountType> accountTypes() {
            return ORGANISATION_ACCOUNTS;
        }
    }

    /** Every account of the books; balances add up all accounts of one type (all trades' escrow, all sellers' payables). */
    record Platform() implements StatementScope {
        @Override
        public List<AccountType> accountTypes() {
            return List.of(AccountType.values());
        }
    }
}
