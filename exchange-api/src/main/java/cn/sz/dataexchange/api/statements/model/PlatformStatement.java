package cn.sz.dataexchange.api.statements.model;

import cn.sz.dataexchange.settlement.ledger.AccountType;
import cn.sz.dataexchange.settlement.ledger.Side;
import java.util.List;

/** The platform's statement for a period: every type of account added up over its owners. */
public record PlatformStatement(StatementPeriod period, List<AccountBalance> accounts, List<EntryTypeTotal> byEntryType) {

    public PlatformStatement {
        accounts = List.copyOf(accounts);
        byEntryType = List.copyOf(byEntryType);
    }

    public boolean balanced() {
        return accounts.stream().allMatch(AccountBalance::balanced);
    }

    public long closingOf(AccountType type) {
        return accounts.stream().filter(a -> a.type() == type).mapToLong(AccountBalance::closingFen).sum();
    }

    public long creditsOf(AccountType type) {
        return accounts.stream().filter(a -> a.type() == type).mapToLong(AccountBalance::creditsFen).sum();
    }

    /** The trial balance at the period's end: closing balances of debit-normal accounts = those of credit-normal ones. */
    public boolean trialBalanceHolds() {
        long debit = accounts.stream().filter(a -> a.type().normalSide() == Side.DEBIT).mapToLong(AccountBalance::closingFen).sum();
        long credit = accounts.stream().filter(a -> a.type().normalSide() == Side.CREDIT).mapToLong(AccountBalance::closingFen).sum();
        return debit == credit;
    }
}
