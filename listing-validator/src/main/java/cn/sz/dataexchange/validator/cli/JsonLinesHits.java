package cn.sz.dataexchange.validator.cli;

import cn.sz.dataexchange.validator.facts.IdentifierScan;
import cn.sz.dataexchange.validator.identifiers.IdentifierKind;
import cn.sz.dataexchange.validator.identifiers.Masking;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes scan hits as {@code {"line":N,"column":"...","kind":"...","masked":"..."}} lines,
 * straight as UTF-8 bytes into a large buffer (the scan prints millions of lines).
 */
final class JsonLinesHits implements IdentifierScan.Hits {

    private static final byte[] LINE = "{\"line\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] KINDS = new byte[IdentifierKind.values().length][];

    static {
        for (IdentifierKind k : IdentifierKind.values()) {
            KINDS[k.ordinal()] = (",\"kind\":\"" + k.name() + "\",\"masked\":\"").getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final OutputStream out;
    private final Map<String, byte[]> columns = new IdentityHashMap<>();
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private long lastLine = -1;
    private final byte[] lastLineDigits = new byte[20];
    private int lastLineLength;

    JsonLinesHits(OutputStream out) {
        this.out = out;
    }

    @Override
    public void found(long line, String column, IdentifierKind kind, byte[] b, int start, int end) {
        if (pos > buf.length - 1024 - 2 * (end - start)) {
            flush();
        }
        put(LINE);
        putLong(line);
        put(columns.computeIfAbsent(column, c -> (",\"column\":" + quoted(c)).getBytes(StandardCharsets.UTF_8)));
        put(KINDS[kind.ordinal()]);
        if (kind == IdentifierKind.EMAIL || kind == IdentifierKind.PLATE || !Masking.isPlain(b, start, end)) {
            String masked = quoted(Masking.mask(kind, b, start, end));
            put(masked.substring(1, masked.length() - 1).getBytes(StandardCharsets.UTF_8));
        } else {
            maskAscii(kind, b, start, end);
        }
        buf[pos++] = '"';
        buf[pos++] = '}';
        buf[pos++] = '\n';
    }

    void flush() {
        try {
            out.write(buf, 0, pos);
            out.flush();
            pos = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void maskAscii(IdentifierKind kind, byte[] b, int start, int end) {
        pos = Masking.maskAsciiInto(kind, b, start, end, buf, pos);
    }

    private void put(byte[] bytes) {
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    private void putLong(long v) {
        if (v == lastLine) {
            System.arraycopy(lastLineDigits, 0, buf, pos, lastLineLength);
            pos += lastLineLength;
            return;
        }
        int at = pos;
        putDigits(v);
        lastLine = v;
        lastLineLength = pos - at;
        System.arraycopy(buf, at, lastLineDigits, 0, lastLineLength);
    }

    private void putDigits(long v) {
        if (v == 0) {
            buf[pos++] = '0';
            return;
        }
        int digits = 0;
        for (long t = v; t > 0; t /= 10) {
            digits++;
        }
        for (int i = pos + digits - 1; i >= pos; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        pos += digits;
    }

    static String quoted(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
