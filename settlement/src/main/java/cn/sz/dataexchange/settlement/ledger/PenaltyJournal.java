package cn.sz.dataexchange.settlement.ledger;

import cn.sz.dataexchange.settlement.money.Money;
import java.time.Instant;

/**
 * Journal entries that carry out penalty decisions (Art. 94/95) on money the exchange holds for a
 * seller. The decision's case id makes the entry id, so a decision is carried out once.
 */
public final class PenaltyJournal {

    private PenaltyJournal() {
    }

    /** Illegal income withheld under a confiscation decision: Dr seller payable, Cr confiscated income. */
    public static JournalEntry incomeConfiscated(OrgId seller, Money illegalIncome, String caseId, Instant at) {
        return new EntryDraft(EntryType.INCOME_CONFISCATED)
                .debit(AccountId.sellerPayable(seller), illegalIncome)
                .credit(AccountId.platform(AccountType.CONFISCATED_INCOME), illegalIncome)
                .recorded("case:" + caseId + ":" + seller.value(), null, caseId, at);
    }

    /** A fine withheld on the authority's order: Dr seller payable, Cr fines withheld. */
    public static JournalEntry fineWithheld(OrgId seller, Money fine, String caseId, Instant at) {
        return new EntryDraft(EntryType.FINE_WITHHELD)
                .debit(AccountId.sellerPayable(seller), fine)
                .credit(AccountId.platform(AccountType.FINES_WITHHELD), fine)
                .recorded("case:" + caseId + ":" + seller.value(), null, caseId, at);
    }

    /** Hand-over to the authority: Dr confiscated income and fines withheld, Cr authority remittances. */
    public static JournalEntry penaltiesRemitted(Money confiscated, Money fines, String remittanceId, Instant at) {
        return new EntryDraft(EntryType.PENALTIES_REMITTED)
                .debit(AccountId.platform(AccountType.CONFISCATED_INCOME), confiscated)
                .debit(AccountId.platform(AccountType.FINES_WITHHELD), fines)
                .credit(AccountId.platform(AccountType.AUTHORITY_REMITTANCES), confiscated.plus(fines))
                .recorded("remittance:" + remittanceId, null, remittanceId, at);
    }
}
