package cn.sz.dataexchange.api.statements.model;

import cn.sz.dataexchange.settlement.ledger.AccountType;
import cn.sz.dataexchange.settlement.ledger.EntryType;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's statement for a period: its accounts (opening, movements, closing), what it
 * earned as a seller and paid as a buyer, and the per-entry-type totals the figures come from.
 */
public record OrganisationStatement(UUID org, StatementPeriod period, List<AccountBalance> accounts,
                                    List<EntryTypeTotal> byEntryType, List<TradeMoney> trades) {

    public OrganisationStatement {
        accounts = List.copyOf(accounts);
        byEntryType = List.copyOf(byEntryType);
        trades = List.copyOf(trades);
    }

    /** Opening + movements = closing for every account. */
    public boolean balanced() {
        return accounts.stream().allMatch(AccountBalance::balanced);
    }

    public long closingOf(AccountType type) {
        return accounts.stream().filter(a -> a.type() == type).mapToLong(AccountBalance::closingFen).sum();
    }

    public long debits(EntryType entry, AccountType account) {
        return byEntryType.stream().filter(t -> t.entryType() == entry && t.accountType() == account)
                .mapToLong(EntryTypeTotal::debitsFen).sum();
    }

    public long credits(EntryType entry, AccountType account) {
        return byEntryType.stream().filter(t -> t.entryType() == entry && t.accountType() == account)
                .mapToLong(EntryTypeTotal::creditsFen).sum();
    }

    public long sumOfTrades(String role, java.util.function.ToLongFunction<TradeMoney> amount) {
        return trades.stream().filter(t -> t.role().equals(role)).mapToLong(amount).sum();
    }
}
