package cn.sz.dataexchange.settlement.ledger;

import cn.sz.dataexchange.settlement.money.Currency;
import cn.sz.dataexchange.settlement.money.Money;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Account balances computed from journal entries, each on its account's normal side (a positive
 * escrow balance is money held). Immutable to its users: {@link #after(JournalEntry)} answers the
 * balances as they would be after one more entry without copying every account.
 */
public final class Balances {

    private static final Balances EMPTY = new Balances(Map.of(), null);

    private final Map<AccountId, Long> recorded;
    private final JournalEntry pending;

    private Balances(Map<AccountId, Long> recorded, JournalEntry pending) {
        this.recorded = recorded;
        this.pending = pending;
    }

    public static Balances empty() {
        return EMPTY;
    }

    public static Balances of(Iterable<JournalEntry> entries) {
        Map<AccountId, Long> totals = new HashMap<>();
        for (JournalEntry entry : entries) {
            apply(totals, entry);
        }
        return new Balances(Map.copyOf(totals), null);
    }

    /** The balances after {@code entry}, computed lazily on top of these. */
    public Balances after(JournalEntry entry) {
        if (pending == null) {
            return new Balances(recorded, entry);
        }
        return new Balances(materialized(), entry);
    }

    public Money balanceOf(AccountId account) {
        long units = recorded.getOrDefault(account, 0L);
        if (pending != null) {
            units = Math.addExact(units, pending.effectOn(account));
        }
        return new Money(units, Currency.CNY);
    }

    /** Every account that has been posted to, with its balance. */
    public Map<AccountId, Money> all() {
        Map<AccountId, Money> copy = new HashMap<>();
        materialized().forEach((account, units) -> copy.put(account, new Money(units, Currency.CNY)));
        return Collections.unmodifiableMap(copy);
    }

    /** Balances over a live map the ledger owns; the ledger never hands this instance out. */
    static Balances over(Map<AccountId, Long> liveTotals) {
        return new Balances(Collections.unmodifiableMap(liveTotals), null);
    }

    static void apply(Map<AccountId, Long> totals, JournalEntry entry) {
        for (Posting posting : entry.postings()) {
            totals.merge(posting.account(), posting.signedEffectOnBalance(), Math::addExact);
        }
    }

    private Map<AccountId, Long> materialized() {
        Map<AccountId, Long> totals = new HashMap<>(recorded);
        if (pending != null) {
            apply(totals, pending);
        }
        return Map.copyOf(totals);
    }
}
