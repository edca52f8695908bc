package cn.sz.dataexchange.contracts.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes the plain values {@link JsonParser} produces. Canonical mode is RFC 8785: members sorted
 * by UTF-16 code units, no whitespace, ECMAScript numbers. Pretty mode keeps insertion order and
 * indents, for people and API responses; both share the same string and number rules.
 */
public final class JsonWriter {

    private final boolean canonical;

    private JsonWriter(boolean canonical) {
        this.canonical = canonical;
    }

    /** RFC 8785 canonical text (encode as UTF-8 for hashing and signing). */
    public static String canonical(Object value) {
        StringBuilder out = new StringBuilder();
        new JsonWriter(true).write(value, out, 0);
        return out.toString();
    }

    /** Indented text in insertion order, for reading. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        new JsonWriter(false).write(value, out, 0);
        return out.append('\n').toString();
    }

    private void write(Object value, StringBuilder out, int depth) {
        if (value == null || value == JsonNull.NULL) {
            out.append("null");
        } else if (value instanceof String s) {
            JsonStrings.writeQuoted(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Number number) {
            out.append(EcmaScriptNumbers.format(number));
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, out, depth);
        } else if (value instanceof Collection<?> items) {
            writeArray(items, out, depth);
        } else if (value instanceof Enum<?> e) {
            JsonStrings.writeQuoted(e.name(), out);
        } else {
            throw new MalformedJsonException("no JSON form for " + value.getClass().getName());
        }
    }

    private void writeObject(Map<?, ?> map, StringBuilder out, int depth) {
        List<String> names = new ArrayList<>();
        for (Object name : map.keySet()) {
            if (!(name instanceof String s)) {
                throw new MalformedJsonException("member names must be strings, got " + name);
            }
            names.add(s);
        }
        if (canonical) {
            names.sort(String::compareTo); // String.compareTo compares UTF-16 code units
        }
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newline(out, depth + 1);
            JsonStrings.writeQuoted(names.get(i), out);
            out.append(canonical ? ":" : ": ");
            write(map.get(names.get(i)), out, depth + 1);
        }
        if (!names.isEmpty()) {
            newline(out, depth);
        }
        out.append('}');
    }

    private void writeArray(Collection<?> items, StringBuilder out, int depth) {
        out.append('[');
        int i = 0;
        for (Object item : items) {
            if (i++ > 0) {
                out.append(',');
            }
            newline(out, depth + 1);
            write(item, out, depth + 1);
        }
        if (!items.isEmpty()) {
            newline(out, depth);
        }
        out.append(']');
    }

    private void newline(StringBuilder out, int depth) {
        if (!canonical) {
            out.append('\n').append("  ".repeat(depth));
        }
    }
}
