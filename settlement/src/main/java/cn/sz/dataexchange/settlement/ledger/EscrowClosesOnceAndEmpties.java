package cn.sz.dataexchange.settlement.ledger;

import java.util.List;
import java.util.Optional;

/**
 * A release or a refund closes the trade's escrow: it needs a funded escrow, happens once (release
 * or refund, not both) and leaves the escrow at exactly zero.
 */
final class EscrowClosesOnceAndEmpties implements PostingRule {

    @Override
    public Optional<PostingOutcome.Refused> check(JournalEntry entry, List<JournalEntry> history, Balances after) {
        if (!closesEscrow(entry.type())) {
            return Optional.empty();
        }
        if (history.stream().noneMatch(past -> past.type() == EntryType.ESCROW_FUNDED)) {
            return refuse(entry, LedgerRefusal.ESCROW_NOT_FUNDED, "trade " + entry.trade() + " has no funded escrow");
        }
        Optional<JournalEntry> closing = history.stream().filter(past -> closesEscrow(past.type())).findFirst();
        if (closing.isPresent()) {
            return refuse(entry, LedgerRefusal.ESCROW_ALREADY_CLOSED,
                    "trade " + entry.trade() + " escrow was already closed by " + closing.get().type());
        }
        var remaining = after.balanceOf(AccountId.tradeEscrow(entry.trade()));
        return remaining.isPositive()
                ? refuse(entry, LedgerRefusal.ESCROW_NOT_EMPTIED, remaining.toPlainString() + " would stay in escrow")
                : Optional.empty();
    }

    static boolean closesEscrow(EntryType type) {
        return type == EntryType.ESCROW_RELEASED || type == EntryType.ESCROW_REFUNDED;
    }

    private static Optional<PostingOutcome.Refused> refuse(JournalEntry entry, LedgerRefusal reason, String detail) {
        return Optional.of(new PostingOutcome.Refused(entry, reason, detail));
    }
}
