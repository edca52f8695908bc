package cn.sz.dataexchange.api.trading.model;

import java.util.Optional;

/**
 * What the guards of a transition look at, gathered by the use case before the event is sent:
 * who acts, and the outcome of checks that need I/O or CPU (signatures, receipts, the listing).
 */
public record TransitionFacts(Actor actor, boolean signaturesComplete, boolean receiptValid, boolean listingOnSale,
                              Optional<TradeState> stalledFrom) {

    public static TransitionFacts by(Actor actor) {
        return new TransitionFacts(actor, false, false, true, Optional.empty());
    }

    public TransitionFacts withSignaturesComplete(boolean complete) {
        return new TransitionFacts(actor, complete, receiptValid, listingOnSale, stalledFrom);
    }

    public TransitionFacts withReceiptValid(boolean valid) {
        return new TransitionFacts(actor, signaturesComplete, valid, listingOnSale, stalledFrom);
    }

    public TransitionFacts withListingOnSale(boolean onSale) {
        return new TransitionFacts(actor, signaturesComplete, receiptValid, onSale, stalledFrom);
    }

    public TransitionFacts withStalledFrom(Optional<TradeState> from) {
        return new TransitionFacts(actor, signaturesComplete, receiptValid, listingOnSale, from);
    }
}
