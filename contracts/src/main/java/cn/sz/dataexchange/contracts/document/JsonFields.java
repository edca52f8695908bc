package cn.sz.dataexchange.contracts.document;

import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Typed reads from a parsed JSON object, failing with the member's path so a caller can say what is wrong. */
final class JsonFields {

    /** A document that does not have the expected shape. */
    static final class ShapeException extends RuntimeException {
        ShapeException(String message) {
            super(message);
        }
    }

    private final Map<?, ?> object;
    private final String path;

    private JsonFields(Map<?, ?> object, String path) {
        this.object = object;
        this.path = path;
    }

    static JsonFields of(Object value, String path) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new ShapeException(path + " must be an object");
        }
        return new JsonFields(map, path);
    }

    JsonFields object(String name) {
        return of(required(name), path + "." + name);
    }

    String string(String name) {
        if (!(required(name) instanceof String s)) {
            throw new ShapeException(path + "." + name + " must be a string");
        }
        return s;
    }

    /** A string member whose value may be JSON null. */
    String optionalString(String name) {
        Object value = object.get(name);
        return value instanceof String s ? s : null;
    }

    long integer(String name) {
        if (!(required(name) instanceof BigInteger i) || i.bitLength() > 63) {
            throw new ShapeException(path + "." + name + " must be an integer");
        }
        return i.longValue();
    }

    boolean bool(String name) {
        if (!(required(name) instanceof Boolean b)) {
            throw new ShapeException(path + "." + name + " must be true or false");
        }
        return b;
    }

    Instant instant(String name) {
        try {
            return Instant.parse(string(name));
        } catch (DateTimeParseException e) {
            throw new ShapeException(path + "." + name + " must be an RFC 3339 UTC time");
        }
    }

    List<String> strings(String name) {
        if (!(required(name) instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw new ShapeException(path + "." + name + " must be an array of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }

    Object raw(String name) {
        return required(name);
    }

    private Object required(String name) {
        if (!object.containsKey(name)) {
            throw new ShapeException(path + "." + name + " is missing");
        }
        return object.get(name);
    }
}
