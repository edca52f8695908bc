package cn.sz.dataexchange.settlement.ledger;

import java.util.List;
import java.util.Optional;

/** No account may end below zero on its normal side: no negative escrow, payable or revenue. */
final class NoAccountGoesNegative implements PostingRule {

    @Override
    public Optional<PostingOutcome.Refused> check(JournalEntry entry, List<JournalEntry> history, Balances after) {
        return entry.postings().stream()
                .map(Posting::account)
                .filter(account -> after.balanceOf(account).isNegative())
                .findFirst()
                .map(account -> new PostingOutcome.Refused(entry, LedgerRefusal.ACCOUNT_WOULD_GO_NEGATIVE,
                        account + " would be " + after.balanceOf(account).toPlainString()));
    }
}
