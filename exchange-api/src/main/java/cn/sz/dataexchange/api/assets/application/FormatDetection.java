package cn.sz.dataexchange.api.assets.application;

import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.validator.asset.CsvRowReader;
import cn.sz.dataexchange.validator.asset.InvalidAssetException;
import cn.sz.dataexchange.validator.model.AssetFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Detects an asset's format (the declared one, else JSON Lines when it starts with an object,
 * else CSV) and reads its header (the CSV header row, or the first JSON object's field names)
 * from the first bytes of the upload.
 */
public final class FormatDetection {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FormatDetection() {
    }

    /** The format and header of an asset. */
    public record Detected(AssetFormat format, List<String> header) {
    }

    /**
     * @param declared  the format the uploader named, if any
     * @param prefix    the first bytes of the asset
     * @param totalSize the size of the whole asset
     */
    public static Result<Detected> detect(Optional<AssetFormat> declared, byte[] prefix, long totalSize) {
        if (totalSize == 0) {
            return Result.refused(Refusal.of(Refusal.Reason.INVALID, "empty-asset", "Empty asset",
                    "The uploaded asset has no bytes"));
        }
        AssetFormat format = declared.orElseGet(() -> startsWithObject(prefix) ? AssetFormat.JSON_LINES : AssetFormat.CSV);
        boolean complete = prefix.length == totalSize;
        return format == AssetFormat.CSV ? csvHeader(prefix, complete) : jsonFields(prefix, complete);
    }

    private static Result<Detected> csvHeader(byte[] prefix, boolean complete) {
        int end = firstRecordEnd(prefix);
        if (end < 0 && !complete) {
            return unreadable("CSV", "the header row is longer than " + prefix.length + " bytes");
        }
        int length = end < 0 ? prefix.length : end;
        try (CsvRowReader reader = new CsvRowReader(new ByteArrayInputStream(prefix, 0, length), 4096, prefix.length + 1)) {
            List<String> header = reader.columns();
            if (header.stream().allMatch(String::isBlank)) {
                return unreadable("CSV", "the header row names no columns");
            }
            Optional<String> nul = nulIn(header, "column");
            if (nul.isPresent()) {
                return unreadable("CSV", nul.get());
            }
            return Result.accepted(new Detected(AssetFormat.CSV, header));
        } catch (InvalidAssetException e) {
            return unreadable("CSV", e.getMessage());
        }
    }

    private static Result<Detected> jsonFields(byte[] prefix, boolean complete) {
        int start = skipBlankLines(prefix);
        int end = indexOf(prefix, (byte) '\n', start);
        if (end < 0 && !complete) {
            return unreadable("JSON Lines", "the first line is longer than " + prefix.length + " bytes");
        }
        String line = new String(prefix, start, (end < 0 ? prefix.length : end) - start, StandardCharsets.UTF_8).strip();
        try {
            JsonNode first = JSON.readTree(line);
            if (first == null || !first.isObject()) {
                return unreadable("JSON Lines", "line 1 is not a JSON object");
            }
            List<String> fields = new ArrayList<>(first.propertyNames());
            Optional<String> nul = nulIn(fields, "field");
            if (nul.isPresent()) {
                return unreadable("JSON Lines", nul.get());
            }
            return Result.accepted(new Detected(AssetFormat.JSON_LINES, fields));
        } catch (JacksonException e) {
            return unreadable("JSON Lines", "line 1 is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Column names are kept with the asset and shown to reviewers: the NUL character has no place in them. */
    private static Optional<String> nulIn(List<String> names, String what) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).indexOf('\0') >= 0) {
                return Optional.of(what + " " + (i + 1) + "'s name contains the NUL character (U+0000)");
            }
        }
        return Optional.empty();
    }

    private static Result<Detected> unreadable(String format, String why) {
        return Result.refused(Refusal.of(Refusal.Reason.UNPROCESSABLE, "asset-unreadable", "Asset unreadable",
                "The asset cannot be read as " + format + ": " + why));
    }

    private static boolean startsWithObject(byte[] b) {
        int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i < b.length && b[i] == '{';
    }

    /** Offset just after the first line break outside quotes, or -1. */
    private static int firstRecordEnd(byte[] b) {
        boolean quoted = false;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '"') {
                quoted = !quoted;
            } else if (b[i] == '\n' && !quoted) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int skipBlankLines(byte[] b) {
        int i = 0;
        while (i < b.length && (b[i] == '\n' || b[i] == '\r' || b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] b, byte value, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
