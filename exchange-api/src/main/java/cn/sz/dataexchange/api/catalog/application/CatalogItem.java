package cn.sz.dataexchange.api.catalog.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A product on sale as buyers see it: the listed version's description, price, licence and asset facts. */
public record CatalogItem(UUID listingId, int version, UUID sellerId, String sellerName, String title, String description,
                          String category, long priceFen, String currency, boolean personalData,
                          boolean sensitivePersonalData, List<String> purposes, int licenceDays, List<String> territory,
                          boolean resaleAllowed, boolean destroyOnExpiry, boolean crossBorder, String assetFormat,
                          long assetBytes, String assetSha256, Instant listedAt) {
}
