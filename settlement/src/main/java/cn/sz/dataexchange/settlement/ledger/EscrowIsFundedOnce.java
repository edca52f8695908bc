package cn.sz.dataexchange.settlement.ledger;

import java.util.List;
import java.util.Optional;

/** A trade's escrow is funded exactly once, and not after it was closed. */
final class EscrowIsFundedOnce implements PostingRule {

    @Override
    public Optional<PostingOutcome.Refused> check(JournalEntry entry, List<JournalEntry> history, Balances after) {
        if (entry.type() != EntryType.ESCROW_FUNDED) {
            return Optional.empty();
        }
        boolean funded = history.stream().anyMatch(past -> past.type() == EntryType.ESCROW_FUNDED);
        return funded
                ? Optional.of(new PostingOutcome.Refused(entry, LedgerRefusal.ESCROW_ALREADY_FUNDED,
                        "trade " + entry.trade() + " was already funded"))
                : Optional.empty();
    }
}
