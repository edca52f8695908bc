package cn.sz.dataexchange.settlement.ledger;

import cn.sz.dataexchange.settlement.money.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An append-only journal in memory with its balances. The service loads the entries that matter
 * for a command (the trade's, and the organisations' accounts it touches) with {@link #replay},
 * offers the new entry with {@link #record}, and persists it only when the outcome is
 * {@link PostingOutcome.Posted}. Not thread-safe: one instance per command, or guard it.
 */
public final class Ledger {

    private final List<PostingRule> rules;
    private final Map<EntryId, JournalEntry> journal = new LinkedHashMap<>();
    private final Map<TradeId, List<JournalEntry>> byTrade = new HashMap<>();
    private final Map<AccountId, Long> totals = new HashMap<>();

    public Ledger() {
        this(PostingRule.allCurrentRules());
    }

    public Ledger(List<PostingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A ledger holding entries already recorded (e.g. loaded from the database), without re-checking them. */
    public static Ledger replay(Iterable<JournalEntry> recorded) {
        Ledger ledger = new Ledger();
        for (JournalEntry entry : recorded) {
            ledger.append(entry);
        }
        return ledger;
    }

    public PostingOutcome record(JournalEntry entry) {
        JournalEntry existing = journal.get(entry.id());
        if (existing != null) {
            return existing.recordsSameFactAs(entry)
                    ? new PostingOutcome.AlreadyPosted(existing)
                    : new PostingOutcome.Refused(entry, LedgerRefusal.ENTRY_ID_REUSED,
                            "entry " + entry.id() + " already records " + existing.type() + " " + existing.reference());
        }
        Balances after = Balances.over(totals).after(entry);
        List<JournalEntry> history = entry.tradeId().map(this::entriesOf).orElse(List.of());
        for (PostingRule rule : rules) {
            Optional<PostingOutcome.Refused> refusal = rule.check(entry, history, after);
            if (refusal.isPresent()) {
                return refusal.get();
            }
        }
        append(entry);
        return new PostingOutcome.Posted(entry);
    }

    /** A snapshot of every account's balance. */
    public Balances balances() {
        return Balances.of(journal.values());
    }

    public Money balanceOf(AccountId account) {
        return Balances.over(totals).balanceOf(account);
    }

    public List<JournalEntry> entriesOf(TradeId trade) {
        return List.copyOf(byTrade.getOrDefault(trade, List.of()));
    }

    public List<JournalEntry> entries() {
        return List.copyOf(journal.values());
    }

    public SettlementStatement statementOf(TradeParties parties) {
        return SettlementStatement.of(parties, entriesOf(parties.trade()));
    }

    private void append(JournalEntry entry) {
        journal.put(entry.id(), entry);
        entry.tradeId().ifPresent(trade -> byTrade.computeIfAbsent(trade, t -> new ArrayList<>()).add(entry));
        Balances.apply(totals, entry);
    }
}
