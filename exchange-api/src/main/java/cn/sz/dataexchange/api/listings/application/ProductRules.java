package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.assets.model.DataAsset;
import cn.sz.dataexchange.api.listings.model.ProductDetails;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.validator.model.AssetFormat;
import cn.sz.dataexchange.validator.model.ListingManifest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks of a version's details that need more than one field or the asset: the asset is the
 * seller's own; the columns the manifest names exist in a CSV asset; the licence permits only
 * purposes the product is offered for; sensitive personal data is encrypted at rest (Art. 77);
 * cross-border delivery names its destinations. Each failure names the field.
 */
final class ProductRules {

    private ProductRules() {
    }

    static Result<ProductDetails> check(ProductDetails d, Optional<DataAsset> asset, cn.sz.dataexchange.api.identity.model.OrgId seller) {
        if (asset.isEmpty() || !asset.get().ownedBy(seller)) {
            return Result.refused(Refusal.invalidField("assetId", "names no asset of your organisation"));
        }
        DataAsset a = asset.get();
        ListingManifest m = d.manifest();
        if (a.format() == AssetFormat.CSV) {
            Optional<Refusal> column = missingColumn(m, a.header());
            if (column.isPresent()) {
                return Result.refused(column.get());
            }
        }
        if (!m.purposes().containsAll(d.licence().permittedPurposes())) {
            return Result.refused(Refusal.invalidField("licence.permittedPurposes",
                    "must be among the purposes the product is offered for (manifest.purposes)"));
        }
        if (d.sensitive() && !a.encrypted()) {
            return Result.refused(Refusal.of(Refusal.Reason.UNPROCESSABLE, "asset-not-encrypted", "Asset not encrypted",
                    "assetId: the manifest declares sensitive personal data, which must be encrypted at rest (Art. 77); "
                            + "upload the asset again with sensitive=true")
                    .with("errors", List.of(java.util.Map.of("field", "assetId", "message", "is not encrypted at rest"))));
        }
        if (d.crossBorder() && d.crossBorderDestinations().isEmpty()) {
            return Result.refused(Refusal.invalidField("crossBorder.destinations",
                    "must name where the data goes when it is delivered across the border"));
        }
        return Result.accepted(d);
    }

    private static Optional<Refusal> missingColumn(ListingManifest m, List<String> header) {
        Set<String> columns = header.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (m.subjectColumn() != null && absent(columns, m.subjectColumn().name())) {
            return Optional.of(notInAsset("manifest.subjectColumn.name", m.subjectColumn().name()));
        }
        if (m.birthDateColumn() != null && absent(columns, m.birthDateColumn())) {
            return Optional.of(notInAsset("manifest.birthDateColumn", m.birthDateColumn()));
        }
        if (m.collectionDateColumn() != null && absent(columns, m.collectionDateColumn())) {
            return Optional.of(notInAsset("manifest.collectionDateColumn", m.collectionDateColumn()));
        }
        for (int i = 0; i < m.quasiIdentifiers().size(); i++) {
            if (absent(columns, m.quasiIdentifiers().get(i))) {
                return Optional.of(notInAsset("manifest.quasiIdentifiers[" + i + "]", m.quasiIdentifiers().get(i)));
            }
        }
        if (m.sensitiveColumn() != null && absent(columns, m.sensitiveColumn())) {
            return Optional.of(notInAsset("manifest.sensitiveColumn", m.sensitiveColumn()));
        }
        return Optional.empty();
    }

    private static boolean absent(Set<String> columns, String name) {
        return !columns.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    private static Refusal notInAsset(String field, String column) {
        return Refusal.invalidField(field, "the asset has no column '" + column + "'");
    }
}
