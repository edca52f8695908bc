package cn.sz.dataexchange.validator;

import cn.sz.dataexchange.validator.consent.SubjectKeyDerivation;
import cn.sz.dataexchange.validator.model.AssetFormat;
import cn.sz.dataexchange.validator.model.ListingManifest;

import java.io.InputStream;
import java.util.Objects;

/**
 * One listing to validate.
 *
 * @param manifest    what the seller declares
 * @param asset       the data, read once to the end; the caller closes it
 * @param format      CSV or JSON Lines
 * @param subjectKeys the derivation keyed with the seller organisation's secret; needed only when the
 *                    subject column holds raw identifiers
 */
public record ValidationRequest(ListingManifest manifest, InputStream asset, AssetFormat format,
                                SubjectKeyDerivation subjectKeys) {

    public ValidationRequest {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(format, "format");
    }
}
