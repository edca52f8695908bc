package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.identity.model.Role;
import cn.sz.dataexchange.api.shared.Refusal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The guards of placing an order, each a small rule from the facts to an optional refusal, checked
 * in order (the consent check of Art. 16, which needs the ledger, comes after these). A refusal on
 * legal grounds names its article.
 */
public final class OrderPolicies {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private OrderPolicies() {
    }

    public static List<Function<OrderFacts, Optional<Refusal>>> all() {
        return List.of(OrderPolicies::buyerIsAnAdmittedBuyer, OrderPolicies::listingIsOnSale,
                OrderPolicies::notTheSellersOwnListing, OrderPolicies::purposeIsOffered,
                OrderPolicies::territoryIsLicensed);
    }

    public static Optional<Refusal> firstRefusal(OrderFacts facts) {
        return all().stream().map(rule -> rule.apply(facts)).flatMap(Optional::stream).findFirst();
    }

    static Optional<Refusal> buyerIsAnAdmittedBuyer(OrderFacts f) {
        return f.buyer().isAdmitted() && f.buyer().holds(Role.BUYER) ? Optional.empty()
                : Optional.of(Refusal.of(Refusal.Reason.FORBIDDEN, "buyer-not-admitted", "Buyer not admitted",
                        "Only an admitted organisation holding the BUYER role can place orders"));
    }

    static Optional<Refusal> listingIsOnSale(OrderFacts f) {
        return f.product().onSale() ? Optional.empty() : Optional.of(notOnSale(f.product().listingId().toString()));
    }

    static Optional<Refusal> notTheSellersOwnListing(OrderFacts f) {
        return f.product().seller().equals(f.buyer().id())
                ? Optional.of(Refusal.of(Refusal.Reason.UNPROCESSABLE, "own-listing", "Own listing",
                        "An organisation cannot buy its own listing"))
                : Optional.empty();
    }

    /** Art. 16: the purpose must be one the version offers and its licence permits. */
    static Optional<Refusal> purposeIsOffered(OrderFacts f) {
        boolean offered = f.product().purposesOffered().contains(f.purpose());
        boolean permitted = f.product().licence().permittedPurposes().isEmpty()
                || f.product().licence().permittedPurposes().contains(f.purpose());
        return offered && permitted ? Optional.empty()
                : Optional.of(purposeNotCovered("Art. 16", "The listing offers the purposes "
                        + f.product().purposesOffered() + "; '" + f.purpose() + "' is not among them, so processing "
                        + "for it would fall outside the data subjects' consent"));
    }

    /** Art. 82: use outside mainland China only where the listing allows that destination. */
    static Optional<Refusal> territoryIsLicensed(OrderFacts f) {
        var crossBorder = f.product().crossBorder();
        for (String code : f.territory()) {
            if (!COUNTRY.matcher(code).matches()) {
                return Optional.of(Refusal.invalidField("territory", code + " is not an ISO 3166-1 alpha-2 code"));
            }
            boolean domestic = "CN".equals(code) && (f.product().licence().territory().isEmpty()
                    || f.product().licence().territory().contains("CN"));
            boolean licensedAbroad = !"CN".equals(code) && crossBorder != null && crossBorder.allowed()
                    && crossBorder.destinations().contains(code);
            if (!domestic && !licensedAbroad) {
                return Optional.of(Refusal.of(Refusal.Reason.UNPROCESSABLE, "cross-border-not-allowed",
                                "Cross-border use not allowed", "The listing does not allow use of the data in " + code
                                        + " (Art. 82: cross-border provision needs the seller's terms and a security assessment)")
                        .with("article", "Art. 82"));
            }
        }
        return Optional.empty();
    }

    static Refusal notOnSale(String listingId) {
        return Refusal.of(Refusal.Reason.UNPROCESSABLE, "listing-not-on-sale", "Listing not on sale",
                "Listing " + listingId + " is not LISTED; no trade can start on it");
    }

    static Refusal purposeNotCovered(String article, String detail) {
        String named = article == null || article.isBlank() ? "Art. 16" : article;
        return Refusal.of(Refusal.Reason.UNPROCESSABLE, "purpose-not-covered", "Purpose not covered",
                        detail + " (" + named + ")")
                .with("article", named);
    }
}
