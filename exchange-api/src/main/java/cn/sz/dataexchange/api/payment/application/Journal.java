package cn.sz.dataexchange.api.payment.application;

import cn.sz.dataexchange.settlement.ledger.JournalEntry;
import cn.sz.dataexchange.settlement.ledger.PostingOutcome;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The double-entry journal in the database. An entry is offered to the settlement module's
 * {@code Ledger}, replayed from the trade's recorded entries, and stored only if it is Posted;
 * recording the same fact again (a retried step) is AlreadyPosted and stores nothing.
 */
public interface Journal {

    /** Offers {@code entry} against the entries already recorded for {@code tradeId}; joins the caller's transaction. */
    Mono<PostingOutcome> record(JournalEntry entry, String tradeId);

    Flux<JournalEntry> ofTrade(String tradeId);

    /**
     * The gross price of the trades whose escrow was released to {@code seller} (its sales through this
     * exchange) recorded in {@code [from, to)}, in fen.
     */
    Mono<Long> salesReleasedTo(String seller, java.time.Instant from, java.time.Instant to);
}
