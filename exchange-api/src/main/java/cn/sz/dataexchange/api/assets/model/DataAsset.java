package cn.sz.dataexchange.api.assets.model;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.validator.model.AssetFormat;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored data asset. Immutable: a change of data is a new asset. {@code sha256} is of the
 * plaintext, in lower-case hex; {@code header} is the CSV header or the first JSON object's fields.
 */
public record DataAsset(UUID id, OrgId owner, String fileName, AssetFormat format, long bytes, String sha256,
                        List<String> header, AssetEncryption encryption, Instant uploadedAt) {

    public DataAsset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(format, "format");
        header = List.copyOf(header);
    }

    public boolean ownedBy(OrgId org) {
        return owner.equals(org);
    }

    public boolean encrypted() {
        return encryption != null;
    }
}
