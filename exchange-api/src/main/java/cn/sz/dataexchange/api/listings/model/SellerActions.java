package cn.sz.dataexchange.api.listings.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a listing's seller can do next, from the listing's versions: shown with every refused move
 * so that a seller who tried the wrong thing learns the right one (a rejected version is final; a
 * fix is a new version made by editing the listing).
 */
public final class SellerActions {

    private SellerActions() {
    }

    /** The actions open to the seller, each as {@code action, method, href, description} (and {@code ifMatch} where required). */
    public static List<Map<String, String>> of(Listing listing) {
        List<Map<String, String>> out = new ArrayList<>();
        if (listing.delisted()) {
            return out;
        }
        String href = "/api/v1/listings/" + listing.id();
        String ifMatch = "\"" + listing.revision() + "\"";
        ListingVersion latest = listing.latest();
        int next = latest.number() + 1;
        switch (latest.status()) {
            case DRAFT -> {
                out.add(edit(href, ifMatch, "changes the draft (version " + latest.number() + ") in place"));
                out.add(action("submit", "POST", href + "/submit", "validates the draft; it then goes to review if it passes"));
            }
            case VALIDATING -> out.add(action("follow-validation", "GET", href + "/validation/events",
                    "validation of version " + latest.number() + " is running; its report follows"));
            case PENDING_REVIEW -> out.add(action("read-decisions", "GET", href + "/decisions",
                    "version " + latest.number() + " waits for an administrator's decision"));
            case CHANGES_REQUESTED -> {
                out.add(action("read-decisions", "GET", href + "/decisions", "what the administrator asked to change"));
                out.add(edit(href, ifMatch, "reopens version " + latest.number() + " as a draft with your changes; then submit it"));
            }
            case REJECTED -> {
                out.add(action("read-validation", "GET", href + "/validation", "the report says why version "
                        + latest.number() + " was rejected (or read the decisions when an administrator rejected it)"));
                out.add(edit(href, ifMatch, "creates version " + next + " as a draft copied from the rejected version "
                        + latest.number() + ", with your changes; then submit it"));
            }
            case LISTED -> out.add(edit(href, ifMatch, "creates version " + next
                    + " as a draft; version " + latest.number() + " stays on sale until the new one is approved"));
            case SUSPENDED -> {
                if (!latest.awaitingReinstatement()) {
                    out.add(action("submit", "POST", href + "/submit", "re-validates the suspended version "
                            + latest.number() + "; if it passes, an administrator reviews its reinstatement"));
                }
                out.add(edit(href, ifMatch, "creates version " + next + " as a draft with your changes"));
            }
            default -> {
            }
        }
        if (listing.onShelf().isPresent()) {
            out.add(action("delist", "POST", href + "/delist", "takes the product off the exchange for good"));
        }
        return out;
    }

    /** One sentence on how to go on after a refused move, for the problem's detail. */
    public static String nextStep(Listing listing) {
        ListingVersion latest = listing.latest();
        if (listing.delisted()) {
            return "The listing is delisted for good; create a new listing to offer the product again.";
        }
        return switch (latest.status()) {
            case REJECTED -> "Version " + latest.number() + " was rejected and stays rejected. Fix the product with "
                    + "PATCH /api/v1/listings/" + listing.id() + " (If-Match: \"" + listing.revision() + "\"), which "
                    + "creates version " + (latest.number() + 1) + " as a draft, then submit it.";
            case VALIDATING, PENDING_REVIEW -> "Version " + latest.number() + " is " + latest.status()
                    + "; wait for its outcome.";
            default -> "See allowedActions for what can be done now.";
        };
    }

    private static Map<String, String> edit(String href, String ifMatch, String description) {
        Map<String, String> edit = action("edit", "PATCH", href, description);
        edit.put("ifMatch", ifMatch);
        return edit;
    }

    private static Map<String, String> action(String action, String method, String href, String description) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("action", action);
        out.put("method", method);
        out.put("href", href);
        out.put("description", description);
        return out;
    }
}
