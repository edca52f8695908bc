package cn.sz.dataexchange.settlement.ledger;

import cn.sz.dataexchange.settlement.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the postings of one entry line by line; zero amounts are skipped (a zero fee has no line). */
final class EntryDraft {

    private final EntryType type;
    private final List<Posting> postings = new ArrayList<>();

    EntryDraft(EntryType type) {
        this.type = type;
    }

    EntryDraft debit(AccountId account, Money amount) {
        return add(account, Side.DEBIT, amount);
    }

    EntryDraft credit(AccountId account, Money amount) {
        return add(account, Side.CREDIT, amount);
    }

    JournalEntry recorded(String idReference, TradeId trade, String reference, Instant at) {
        return new JournalEntry(EntryId.derived(type, idReference), type, trade, reference, at, postings);
    }

    private EntryDraft add(AccountId account, Side side, Money amount) {
        if (!amount.isZero()) {
            postings.add(new Posting(postings.size() + 1, account, side, amount));
        }
        return this;
    }
}
