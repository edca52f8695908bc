package cn.sz.dataexchange.settlement.ledger;

import java.util.List;
import java.util.Optional;

/** One rule an entry must satisfy before the ledger records it; answers with a refusal or nothing. */
@FunctionalInterface
public interface PostingRule {

    /**
     * @param history the entries already recorded for the entry's trade (empty for entries without a trade)
     * @param after the balances of the accounts involved as they would be after the entry
     */
    Optional<PostingOutcome.Refused> check(JournalEntry entry, List<JournalEntry> history, Balances after);

    /** The rules the ledger applies, in order. */
    static List<PostingRule> allCurrentRules() {
        return List.of(new NoAccountGoesNegative(), new EscrowIsFundedOnce(), new EscrowClosesOnceAndEmpties());
    }
}
