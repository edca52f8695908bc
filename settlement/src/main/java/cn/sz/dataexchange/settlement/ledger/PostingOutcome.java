package cn.sz.dataexchange.settlement.ledger;

/** What happened when an entry was offered to the ledger: a business outcome, never an exception. */
public sealed interface PostingOutcome {

    JournalEntry entry();

    default boolean isRecorded() {
        return !(this instanceof Refused);
    }

    /** The entry is now in the journal. */
    record Posted(JournalEntry entry) implements PostingOutcome {
    }

    /** The same fact was already in the journal; nothing changed (a safe retry). */
    record AlreadyPosted(JournalEntry entry) implements PostingOutcome {
    }

    /** The entry was not recorded; the journal is unchanged. */
    record Refused(JournalEntry entry, LedgerRefusal reason, String detail) implements PostingOutcome {
    }
}
