package cn.sz.dataexchange.settlement.ledger;

import cn.sz.dataexchange.settlement.money.Money;
import java.time.Instant;

/** Journal entries for money leaving a seller's payable: payouts. The payout id makes the entry id. */
public final class PayoutJournal {

    private PayoutJournal() {
    }

    /** The gateway paid the seller: Dr seller payable, Cr seller payouts. */
    public static JournalEntry sellerPaidOut(OrgId seller, Money amount, String payoutId, Instant at) {
        return new EntryDraft(EntryType.SELLER_PAID_OUT)
                .debit(AccountId.sellerPayable(seller), amount)
                .credit(AccountId.sellerPayouts(seller), amount)
                .recorded("payout:" + payoutId, null, payoutId, at);
    }
}
