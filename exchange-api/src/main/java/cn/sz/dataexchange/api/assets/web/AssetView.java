package cn.sz.dataexchange.api.assets.web;

import cn.sz.dataexchange.api.assets.model.DataAsset;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An asset as the API shows it. */
public record AssetView(UUID id, String fileName, String format, long bytes, String sha256, List<String> header,
                        boolean encrypted, Instant uploadedAt) {

    public static AssetView of(DataAsset a) {
        return new AssetView(a.id(), a.fileName(), a.format().name(), a.bytes(), a.sha256(), a.header(), a.encrypted(),
                a.uploadedAt());
    }
}
