package cn.sz.dataexchange.validator.model;

import java.util.Locale;

/** The formats the engine reads. */
public enum AssetFormat {
    /** CSV with a header row, RFC 4180 quoting, UTF-8. */
    CSV,
    /** One JSON object per line, UTF-8. */
    JSON_LINES;

    /** Detects the format from a file name: {@code .jsonl}/{@code .ndjson} are JSON Lines, anything else CSV. */
    public static AssetFormat fromFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? JSON_LINES : CSV;
    }
}
