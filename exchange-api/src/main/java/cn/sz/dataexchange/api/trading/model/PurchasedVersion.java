package cn.sz.dataexchange.api.trading.model;

import java.util.UUID;

/** The listing version a trade binds to, and the asset that version delivers. */
public record PurchasedVersion(UUID listingId, int version, String title, UUID assetId, String assetSha256,
                               long assetBytes) {
}
