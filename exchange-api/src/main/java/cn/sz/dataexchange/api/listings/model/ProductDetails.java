package cn.sz.dataexchange.api.listings.model;

import cn.sz.dataexchange.validator.model.ListingManifest;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a seller says about one version of a product: the description buyers read, the asset, the
 * manifest the validator checks, the price (integer fen, CNY) and the licence terms.
 */
public record ProductDetails(String title, String description, String category, UUID assetId,
                             ListingManifest manifest, long priceFen, Licence licence,
                             List<String> crossBorderDestinations) {

    public static final String CURRENCY = "CNY";

    public ProductDetails {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(licence, "licence");
        crossBorderDestinations = crossBorderDestinations == null ? List.of() : List.copyOf(crossBorderDestinations);
    }

    public boolean containsPersonalData() {
        return manifest.personalDataPresent() && !manifest.anonymizedClaim();
    }

    public boolean sensitive() {
        return manifest.declaresSensitiveData();
    }

    public boolean biometric() {
        return manifest.personalDataCategories().stream().anyMatch(DataCategory::biometric);
    }

    public boolean minors() {
        return manifest.declares(DataCategory.MINORS) || manifest.birthDateColumn() != null;
    }

    public boolean crossBorder() {
        return manifest.crossBorder().delivered();
    }

    public boolean publicDataSources() {
        return manifest.sources().stream().anyMatch(s -> s.kind() == cn.sz.dataexchange.validator.model.SourceKind.PUBLIC_DATA);
    }

    /** The same details for another listing id (the manifest names its listing). */
    public ProductDetails forListing(UUID listingId) {
        ListingManifest m = manifest;
        ListingManifest renamed = new ListingManifest(listingId.toString(), m.personalDataPresent(),
                m.personalDataCategories(), m.subjectColumn(), m.birthDateColumn(), m.collectionDateColumn(),
                m.quasiIdentifiers(),
                m.sensitiveColumn(), m.purposes(), m.sources(), m.crossBorder(), m.anonymizedClaim(), m.contentTags());
        return new ProductDetails(title, description, category, assetId, renamed, priceFen, licence,
                crossBorderDestinations);
    }
}
