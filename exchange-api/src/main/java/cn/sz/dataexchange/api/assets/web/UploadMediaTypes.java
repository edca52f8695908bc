package cn.sz.dataexchange.api.assets.web;

import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.validator.model.AssetFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * Which content types an upload may have and the format each implies: {@code text/csv} is CSV;
 * {@code application/x-ndjson}, {@code application/jsonl} and {@code application/json} (one object
 * per line) are JSON Lines; {@code application/octet-stream} and {@code text/plain} leave the format
 * to the {@code format} parameter or to detection.
 */
final class UploadMediaTypes {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    static final MediaType JSONL = MediaType.parseMediaType("application/jsonl");
    static final List<MediaType> SUPPORTED = List.of(CSV, NDJSON, JSONL, MediaType.APPLICATION_JSON,
            MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN);

    private UploadMediaTypes() {
    }

    /** The format the body declares, from its content type and the {@code format} parameter. */
    static Result<Optional<AssetFormat>> declared(MediaType contentType, AssetFormat parameter) {
        Optional<AssetFormat> byType = byContentType(contentType);
        if (parameter != null && byType.isPresent() && byType.get() != parameter) {
            return Result.refused(Refusal.invalidField("format", "is " + parameter + " but the content type "
                    + contentType + " says " + byType.get()));
        }
        return Result.accepted(parameter != null ? Optional.of(parameter) : byType);
    }

    private static Optional<AssetFormat> byContentType(MediaType type) {
        if (type == null || type.isCompatibleWith(MediaType.APPLICATION_OCTET_STREAM)
                || type.isCompatibleWith(MediaType.TEXT_PLAIN)) {
            return Optional.empty();
        }
        if (type.isCompatibleWith(CSV)) {
            return Optional.of(AssetFormat.CSV);
        }
        if (type.isCompatibleWith(NDJSON) || type.isCompatibleWith(JSONL) || type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            return Optional.of(AssetFormat.JSON_LINES);
        }
        throw new UnsupportedMediaTypeStatusException(type, SUPPORTED);
    }

    static MediaType of(AssetFormat format) {
        return format == AssetFormat.CSV ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : NDJSON;
    }
}
