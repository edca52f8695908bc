package cn.sz.dataexchange.api.publicdata.application;

import cn.sz.dataexchange.api.shared.Refusal;
import java.io.Closeable;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the authority's fingerprint file (the validator's {@code FingerprintFile} JSON:
 * {@code {"datasets": [{"datasetId", "fields", "keyHex", "fingerprints": [...]}]}}) as a stream of
 * events, so files with millions of fingerprints are read in bounded memory. Within a dataset,
 * {@code datasetId}, {@code fields} and {@code keyHex} must come before {@code fingerprints}.
 * Bad input is refused with the path of the offending value. Blocking.
 */
public final class FingerprintFileEvents implements Closeable {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final JsonParser parser;
    private final int batchSize;
    private State state = State.START;
    private int datasetIndex = -1;
    private String datasetId;
    private List<String> fields;
    private String keyHex;
    private int fingerprintIndex;

    private enum State { START, BETWEEN_DATASETS, IN_FINGERPRINTS, AFTER_FINGERPRINTS, DONE }

    /** Something the file says. */
    public sealed interface Event permits Scheme, Batch {
    }

    /** A dataset begins: its scheme. */
    public record Scheme(String datasetId, List<String> fields, byte[] key) implements Event {
    }

    /** Some of a dataset's fingerprints, in hex. */
    public record Batch(String datasetId, List<String> fingerprints) implements Event {
    }

    public FingerprintFileEvents(InputStream in, int batchSize) {
        this.parser = JSON.createParser(in);
        this.batchSize = batchSize;
    }

    /** The next event, or null at the end of the file. */
    public Event next() {
        try {
            return advance();
        } catch (JacksonException e) {
            throw refuse("(body)", "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private Event advance() {
        while (true) {
            switch (state) {
                case START -> {
                    expect(parser.nextToken(), JsonToken.START_OBJECT, "(body)");
                    String name = parser.nextName();
                    if (!"datasets".equals(name)) {
                        throw refuse(name == null ? "datasets" : name, name == null ? "is required" : "is not a known field");
                    }
                    expect(parser.nextToken(), JsonToken.START_ARRAY, "datasets");
                    state = State.BETWEEN_DATASETS;
                }
                case BETWEEN_DATASETS -> {
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY) {
                        expect(parser.nextToken(), JsonToken.END_OBJECT, "(body)");
                        state = State.DONE;
                        return null;
                    }
                    expect(token, JsonToken.START_OBJECT, path(""));
                    datasetIndex++;
                    Event scheme = readHeaderFields();
                    if (scheme != null) {
                        return scheme;
                    }
                }
                case IN_FINGERPRINTS -> {
                    return readBatch();
                }
                case AFTER_FINGERPRINTS -> {
                    JsonToken token = parser.nextToken();
                    if (token != JsonToken.END_OBJECT) {
                        throw refuse(path(String.valueOf(parser.currentName())), "must come before fingerprints");
                    }
                    state = State.BETWEEN_DATASETS;
                }
                case DONE -> {
                    return null;
                }
            }
        }
    }

    /** Reads fields up to {@code fingerprints} (returns the scheme) or to the end of the dataset. */
    private Event readHeaderFields() {
        datasetId = null;
        fields = null;
        keyHex = null;
        fingerprintIndex = 0;
        while (true) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_OBJECT) {
                Scheme scheme = scheme();
                state = State.BETWEEN_DATASETS;
                return scheme;
            }
            String name = parser.currentName();
            switch (name) {
                case "datasetId" -> datasetId = text(parser.nextToken(), "datasetId", 200);
                case "keyHex" -> keyHex = text(parser.nextToken(), "keyHex", 256);
                case "fields" -> fields = textArray("fields");
                case "fingerprints" -> {
                    Scheme scheme = scheme();
                    expect(parser.nextToken(), JsonToken.START_ARRAY, path("fingerprints"));
                    state = State.IN_FINGERPRINTS;
                    return scheme;
                }
                default -> throw refuse(path(name), "is not a known field");
            }
        }
    }

    private Batch readBatch() {
        List<String> batch = new ArrayList<>(batchSize);
        while (batch.size() < batchSize) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                state = State.AFTER_FINGERPRINTS;
                break;
            }
            String at = path("fingerprints[" + fingerprintIndex + "]");
            String hex = text(token, at, 64);
            if (hex.length() != 64 || !isHex(hex)) {
                throw refuse(at, "must be 64 hex characters");
            }
            batch.add(hex.toLowerCase(java.util.Locale.ROOT));
            fingerprintIndex++;
        }
        return new Batch(datasetId, batch);
    }

    private Scheme scheme() {
        if (datasetId == null || datasetId.isBlank()) {
            throw refuse(path("datasetId"), "is required before fingerprints");
        }
        if (fields == null || fields.isEmpty()) {
            throw refuse(path("fields"), "needs at least one field name, before fingerprints");
        }
        if (keyHex == null || keyHex.length() < 32 || keyHex.length() % 2 != 0 || !isHex(keyHex)) {
            throw refuse(path("keyHex"), "must be at least 16 bytes in hex, before fingerprints");
        }
        return new Scheme(datasetId, List.copyOf(fields), HexFormat.of().parseHex(keyHex));
    }

    private List<String> textArray(String name) {
        expect(parser.nextToken(), JsonToken.START_ARRAY, path(name));
        List<String> values = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            values.add(text(token, path(name + "[" + values.size() + "]"), 200));
        }
        return values;
    }

    private String text(JsonToken token, String at, int maxLength) {
        if (token != JsonToken.VALUE_STRING) {
            throw refuse(at.startsWith("datasets") ? at : path(at), "must be a string");
        }
        String value = parser.getString();
        if (value.length() > maxLength) {
            throw refuse(at.startsWith("datasets") ? at : path(at), "is longer than " + maxLength + " characters");
        }
        if (value.indexOf('\0') >= 0) {
            throw refuse(at.startsWith("datasets") ? at : path(at), "must not contain the NUL character (U+0000)");
        }
        return value;
    }

    private void expect(JsonToken actual, JsonToken expected, String at) {
        if (actual != expected) {
            throw refuse(at, "expected " + (expected == JsonToken.START_ARRAY ? "an array" : "an object"));
        }
    }

    private String path(String field) {
        return "datasets[" + datasetIndex + "]" + (field.isEmpty() ? "" : "." + field);
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static RuntimeException refuse(String field, String message) {
        return Refusal.invalidField(field, message).toException();
    }

    @Override
    public void close() {
        parser.close();
    }
}
