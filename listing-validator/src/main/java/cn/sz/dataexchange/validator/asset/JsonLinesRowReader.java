package cn.sz.dataexchange.validator.asset;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines: one object per physical line. Nested objects become dotted column names
 * ({@code address.city}); every scalar inside an array becomes a field of the array's column.
 * Columns are numbered in the order their names are first met. Blank lines are skipped.
 */
public final class JsonLinesRowReader implements RowReader {

    private static final JsonFactory JSON = new JsonFactory();

    private final ByteSource src;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private byte[] values = new byte[4096];
    private int valuesLength;
    private long line = 1;

    public JsonLinesRowReader(InputStream in, int bufferBytes, int maxRecordBytes) {
        this.src = new ByteSource(in, bufferBytes, maxRecordBytes);
    }

    @Override
    public List<String> columns() {
        return Collections.unmodifiableList(names);
    }

    @Override
    public boolean next(Row row) {
        while (true) {
            int nl = indexOfNewline();
            if (nl < 0 && !src.eof) {
                src.refill(line);
                continue;
            }
            if (nl < 0 && src.pos == src.limit) {
                return false;
            }
            int end = nl < 0 ? src.limit : nl;
            int start = src.pos;
            src.pos = nl < 0 ? src.limit : nl + 1;
            long thisLine = line++;
            if (isBlank(src.buf, start, end)) {
                continue;
            }
            parseObject(row, start, end, thisLine);
            return true;
        }
    }

    @Override
    public long bytesRead() {
        return src.bytesConsumed();
    }

    @Override
    public void close() {
        src.close();
    }

    private int indexOfNewline() {
        byte[] b = src.buf;
        for (int i = src.pos; i < src.limit; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private void parseObject(Row row, int start, int end, long lineNumber) {
        valuesLength = 0;
        row.reset(values, lineNumber);
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), src.buf, start, end - start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidAssetException("line " + lineNumber + ": not a JSON object");
            }
            readMembers(p, "", row);
            row.buf = values;
        } catch (JacksonException e) {
            throw new InvalidAssetException("line " + lineNumber + ": invalid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private void readMembers(JsonParser p, String prefix, Row row) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = prefix + p.currentName();
            readValue(p, p.nextToken(), name, row);
        }
    }

    private void readValue(JsonParser p, JsonToken token, String column, Row row) {
        switch (token) {
            case START_OBJECT -> readMembers(p, column + ".", row);
            case START_ARRAY -> {
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    readValue(p, t, column, row);
                }
            }
            case VALUE_NULL -> {
            }
            default -> addValue(row, column, p.getString());
        }
    }

    private void addValue(Row row, String column, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (valuesLength + bytes.length > values.length) {
            values = java.util.Arrays.copyOf(values, Math.max(values.length * 2, valuesLength + bytes.length));
        }
        System.arraycopy(bytes, 0, values, valuesLength, bytes.length);
        row.add(valuesLength, valuesLength + bytes.length, columnIndex(column), false);
        valuesLength += bytes.length;
    }

    private int columnIndex(String name) {
        Integer i = index.get(name);
        if (i == null) {
            i = names.size();
            names.add(name);
            index.put(name, i);
        }
        return i;
    }
}
