package cn.sz.dataexchange.api.trading.model;

import cn.sz.dataexchange.api.shared.Refusal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The guards the transition table uses, each a small named rule. */
public final class Guards {

    private Guards() {
    }

    /** Only these actors may fire the event (ownership of the trade is checked before, by the use case). */
    public static TransitionGuard actorIs(Actor first, Actor... more) {
        Set<Actor> allowed = EnumSet.of(first, more);
        return (facts, target) -> allowed.contains(facts.actor()) ? Optional.empty()
                : Optional.of(Refusal.forbidden("Only " + describe(allowed) + " may do this; you act as the "
                        + facts.actor().name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Seller, buyer and exchange have all signed the same contract with valid keys (Art. 59). */
    public static TransitionGuard signaturesComplete() {
        return (facts, target) -> facts.signaturesComplete() ? Optional.empty()
                : Optional.of(Refusal.of(Refusal.Reason.UNPROCESSABLE, "signatures-incomplete",
                        "Signatures incomplete", "The contract is not signed by every party yet (Art. 59)"));
    }

    /** The buyer's signed receipt names the delivered SHA-256 and size. */
    public static TransitionGuard receiptValid() {
        return (facts, target) -> facts.receiptValid() ? Optional.empty()
                : Optional.of(Refusal.of(Refusal.Reason.UNPROCESSABLE, "receipt-invalid", "Receipt invalid",
                        "The receipt does not match what was delivered"));
    }

    /** No money moves for a listing that is no longer on sale (suspended after a consent withdrawal, Art. 22). */
    public static TransitionGuard listingOnSale() {
        return (facts, target) -> facts.listingOnSale() ? Optional.empty()
                : Optional.of(Refusal.of(Refusal.Reason.UNPROCESSABLE, "listing-not-on-sale", "Listing not on sale",
                        "The listing is no longer LISTED (suspended or delisted); the trade cannot proceed (Art. 22)")
                        .with("article", "Art. 22"));
    }

    /** A stalled trade resumes exactly the step it stalled in. */
    public static TransitionGuard resumesStalledStep() {
        return (facts, target) -> facts.stalledFrom().filter(target::equals).isPresent() ? Optional.empty()
                : Optional.of(Refusal.of(Refusal.Reason.CONFLICT, "not-the-stalled-step", "Not the stalled step",
                        "The trade stalled in " + facts.stalledFrom().map(Enum::name).orElse("no step")));
    }

    private static String describe(Set<Actor> actors) {
        return actors.stream().map(a -> a == Actor.SYSTEM ? "the exchange" : "the " + a.name().toLowerCase(java.util.Locale.ROOT))
                .reduce((a, b) -> a + " or " + b).orElse("nobody");
    }
}
