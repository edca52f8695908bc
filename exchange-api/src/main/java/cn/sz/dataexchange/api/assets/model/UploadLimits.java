package cn.sz.dataexchange.api.assets.model;

import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.validator.model.AssetFormat;
import java.util.Set;

/** What an upload may be: its largest size and the formats accepted. */
public record UploadLimits(long maxBytes, Set<AssetFormat> formats) {

    public UploadLimits {
        formats = Set.copyOf(formats);
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    /** Refuses a body announced as larger than the limit before a byte is read. */
    public Result<Long> admitsDeclaredLength(long contentLength) {
        return contentLength > maxBytes ? Result.refused(tooLarge()) : Result.accepted(contentLength);
    }

    public Result<AssetFormat> admits(AssetFormat format) {
        return formats.contains(format) ? Result.accepted(format)
                : Result.refused(Refusal.invalidField("format", format + " assets are not accepted; accepted: " + formats));
    }

    public Refusal tooLarge() {
        return Refusal.of(Refusal.Reason.PAYLOAD_TOO_LARGE, "asset-too-large", "Asset too large",
                "A data asset may have at most " + maxBytes + " bytes").with("maxBytes", maxBytes);
    }
}
