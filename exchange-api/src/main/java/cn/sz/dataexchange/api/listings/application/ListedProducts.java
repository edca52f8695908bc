package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * What trading needs to know about products on sale: the contract between the listings area
 * (which implements it) and the trading area (which calls it). Fields may be added; the meaning
 * of existing ones does not change.
 */
public interface ListedProducts {

    /** The version currently on sale, if the listing is LISTED; empty otherwise. */
    Mono<ProductVersion> onSale(UUID listingId);

    /** Whether the listing is LISTED now, without reading its product details. */
    Mono<Boolean> isOnSale(UUID listingId);

    /** A given version, whatever the listing's status now (trades bind to a version). */
    Mono<ProductVersion> version(UUID listingId, int version);

    /**
     * Art. 16: whether {@code purpose} is one the version (as read a moment ago) offers and its subjects'
     * consents cover (for personal data); a refusal names the article and why. A version on sale was
     * validated for consent coverage of every purpose it offers, and loses its place on sale when a
     * withdrawal breaks that coverage.
     */
    static PurposeCheck checkPurpose(ProductVersion product, String purpose) {
        if (Arrays.stream(Purpose.values()).noneMatch(x -> x.name().equals(purpose))) {
            return PurposeCheck.refused("Art. 16", "'" + purpose + "' is not a purpose of the published vocabulary");
        }
        if (!product.onSale()) {
            return PurposeCheck.refused("Art. 22", "version " + product.version() + " of listing " + product.listingId()
                    + " is not on sale");
        }
        if (!product.licence().permittedPurposes().contains(purpose)) {
            return PurposeCheck.refused("Art. 16", "purpose " + purpose + " is not among those the licence permits: "
                    + product.licence().permittedPurposes());
        }
        return PurposeCheck.allowedOnes();
    }

    /** A product version as it is (or was) on sale. Money in fen. */
    record ProductVersion(
            UUID listingId,
            int version,
            OrgId seller,
            String title,
            String category,
            long priceFen,
            UUID assetId,
            String assetSha256,
            long assetBytes,
            List<String> purposesOffered,
            Licence licence,
            boolean containsPersonalData,
            boolean sensitivePersonalData,
            CrossBorder crossBorder,
            boolean onSale) {
    }

    /** Licence terms the buyer accepts with the contract. */
    record Licence(List<String> permittedPurposes, int durationDays, List<String> territory, boolean resaleAllowed,
                   boolean destroyOnExpiry) {
    }

    /** Art. 82: whether delivery abroad is allowed, where to, and the security assessment it rests on. */
    record CrossBorder(boolean allowed, List<String> destinations, String securityAssessmentReference) {
    }

    /** The outcome of a purpose check: allowed, or refused with the article and the reason. */
    record PurposeCheck(boolean allowed, String article, String reason) {

        public static PurposeCheck allowedOnes() {
            return new PurposeCheck(true, null, null);
        }

        public static PurposeCheck refused(String article, String reason) {
            return new PurposeCheck(false, article, reason);
        }
    }
}
