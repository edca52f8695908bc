package cn.sz.dataexchange.contracts.model;

import cn.sz.dataexchange.contracts.json.Sha256Digest;
import java.util.Objects;

/** The exact listing version traded, pinned by the SHA-256 of its data asset. */
public record Product(ListingId listingId, int version, String title, Sha256Digest assetSha256) {

    public Product {
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(assetSha256, "assetSha256");
        if (version < 1) {
            throw new IllegalArgumentException("listing versions start at 1");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a product has a title");
        }
    }
}
