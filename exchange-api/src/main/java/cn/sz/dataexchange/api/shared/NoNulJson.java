package cn.sz.dataexchange.api.shared;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * A Jackson module that refuses, naming the field, strings and object keys that PostgreSQL text
 * cannot hold as given: the NUL character, and UTF-16 surrogates without their pair (which would
 * be stored as "?", silently changing the value).
 */
public final class NoNulJson {

    private NoNulJson() {
    }

    public static SimpleModule module() {
        return new SimpleModule("no-nul-strings")
                .addDeserializer(String.class, new Strings())
                .addKeyDeserializer(String.class, new Keys());
    }

    /** A string value or key holding U+0000 or an unpaired surrogate. */
    public static final class NulCharacterException extends MismatchedInputException {
        NulCharacterException(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    /** Why {@code text} cannot be stored as given, or null when it can. */
    public static String unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain an unpaired UTF-16 surrogate";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain an unpaired UTF-16 surrogate";
            }
        }
        return null;
    }

    static final class Strings extends StdScalarDeserializer<String> {

        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = StringDeserializer.instance.deserialize(parser, context);
            String problem = value == null ? null : unstorable(value);
            if (problem != null) {
                throw new NulCharacterException(parser, problem);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    static final class Keys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            String problem = unstorable(key);
            if (problem != null) {
                throw new NulCharacterException(context.getParser(), problem);
            }
            return key;
        }
    }
}
