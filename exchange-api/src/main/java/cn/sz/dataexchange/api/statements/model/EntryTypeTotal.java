package cn.sz.dataexchange.api.statements.model;

import cn.sz.dataexchange.settlement.ledger.AccountType;
import cn.sz.dataexchange.settlement.ledger.EntryType;

/** How much one kind of entry moved one type of account in a period, debits and credits apart. */
public record EntryTypeTotal(EntryType entryType, AccountType accountType, long debitsFen, long creditsFen) {
}
