package cn.sz.dataexchange.settlement.ledger;

import cn.sz.dataexchange.settlement.money.Currency;
import cn.sz.dataexchange.settlement.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One balanced journal entry: debits equal credits, in one currency, with at least two postings.
 * An unbalanced entry cannot be built (that is a bug, not a business outcome). Maps to a row
 * {@code (id, entry_type, trade_id NULL, reference, recorded_at)} plus one row per {@link Posting}.
 *
 * @param trade the trade the entry belongs to, or {@code null} for entries that are not per trade
 *              (payouts, penalties); see {@link #tradeId()}
 * @param reference the business reference it records (gateway operation, payout or case id)
 */
public record JournalEntry(EntryId id, EntryType type, TradeId trade, String reference, Instant recordedAt,
        List<Posting> postings) {

    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Identifiers.requireText(reference, "reference");
        Objects.requireNonNull(recordedAt, "recordedAt");
        postings = List.copyOf(postings);
        requireBalanced(postings);
    }

    public Optional<TradeId> tradeId() {
        return Optional.ofNullable(trade);
    }

    public Currency currency() {
        return postings.get(0).amount().currency();
    }

    /** The sum of the debits (equal to the sum of the credits). */
    public Money total() {
        return postings.stream().filter(p -> p.side() == Side.DEBIT).map(Posting::amount)
                .reduce(Money.zero(currency()), Money::plus);
    }

    /** The sum of this entry's postings to {@code account}, as an effect on its normal-side balance. */
    public long effectOn(AccountId account) {
        long effect = 0;
        for (Posting posting : postings) {
            if (posting.account().equals(account)) {
                effect = Math.addExact(effect, posting.signedEffectOnBalance());
            }
        }
        return effect;
    }

    /** Whether this entry records the same fact as {@code other}: everything but the time it was recorded. */
    public boolean recordsSameFactAs(JournalEntry other) {
        return id.equals(other.id) && type == other.type && Objects.equals(trade, other.trade)
                && reference.equals(other.reference) && postings.equals(other.postings);
    }

    private static void requireBalanced(List<Posting> postings) {
        if (postings.size() < 2) {
            throw new IllegalArgumentException("an entry needs at least two postings");
        }
        Currency currency = postings.get(0).amount().currency();
        long debits = 0;
        long credits = 0;
        for (int i = 0; i < postings.size(); i++) {
            Posting posting = postings.get(i);
            if (posting.line() != i + 1) {
                throw new IllegalArgumentException("posting lines must be numbered 1..n in order");
            }
            if (posting.amount().currency() != currency) {
                throw new IllegalArgumentException("an entry's postings must share one currency");
            }
            if (posting.side() == Side.DEBIT) {
                debits = Math.addExact(debits, posting.amount().minorUnits());
            } else {
                credits = Math.addExact(credits, posting.amount().minorUnits());
            }
        }
        if (debits != credits) {
            throw new IllegalArgumentException("unbalanced entry: debits " + debits + " != credits " + credits);
        }
    }
}
