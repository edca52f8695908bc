package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.assets.application.AssetRecords;
import cn.sz.dataexchange.api.listings.model.Listing;
import cn.sz.dataexchange.api.listings.model.ListingStatus;
import cn.sz.dataexchange.api.listings.model.ListingVersion;
import cn.sz.dataexchange.api.listings.model.ProductDetails;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * What trading sees of products on sale. A version is on sale only while LISTED; consent coverage
 * of every purpose it offers was checked by its validation, and a withdrawal that breaks coverage
 * suspends it at once, so a LISTED version's offered purposes are covered (Art. 16).
 */
public final class ProductsOnSale implements ListedProducts {

    private final Listings listings;
    private final AssetRecords assets;

    public ProductsOnSale(Listings listings, AssetRecords assets) {
        this.listings = listings;
        this.assets = assets;
    }

    @Override
    public Mono<ProductVersion> onSale(UUID listingId) {
        return listings.find(listingId).flatMap(l -> Mono.justOrEmpty(l.onShelf()
                        .filter(v -> v.status() == ListingStatus.LISTED)).flatMap(v -> product(l, v)));
    }

    @Override
    public Mono<Boolean> isOnSale(UUID listingId) {
        return listings.find(listingId).map(l -> l.onShelf().filter(v -> v.status() == ListingStatus.LISTED).isPresent())
                .defaultIfEmpty(false);
    }

    @Override
    public Mono<ProductVersion> version(UUID listingId, int version) {
        return listings.find(listingId).flatMap(l -> Mono.justOrEmpty(l.version(version)).flatMap(v -> product(l, v)));
    }

    private Mono<ProductVersion> product(Listing l, ListingVersion v) {
        ProductDetails d = v.details();
        return assets.find(d.assetId()).map(asset -> new ProductVersion(l.id(), v.number(), l.seller(), d.title(),
                d.category(), d.priceFen(), asset.id(), asset.sha256(), asset.bytes(),
                d.manifest().purposes().stream().map(Enum::name).toList(),
                new Licence(d.licence().permittedPurposes().stream().map(Enum::name).toList(), d.licence().durationDays(),
                        d.licence().territory(), d.licence().resaleAllowed(), d.licence().destroyOnExpiry()),
                d.containsPersonalData(), d.sensitive(),
                new CrossBorder(d.crossBorder(), List.copyOf(d.crossBorderDestinations()),
                        d.manifest().crossBorder().securityAssessmentRef()),
                v.status() == ListingStatus.LISTED));
    }
}
