package cn.sz.dataexchange.contracts.json;

/** String rules shared by the parser and the writers: I-JSON well-formedness and RFC 8785 escaping. */
final class JsonStrings {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonStrings() {
    }

    static void requireWellFormedUtf16(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    throw new MalformedJsonException("string holds a lone surrogate (not I-JSON, RFC 7493)");
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                throw new MalformedJsonException("string holds a lone surrogate (not I-JSON, RFC 7493)");
            }
        }
    }

    /** Writes a quoted string the way RFC 8785 section 3.2.2.2 (ECMAScript JSON.stringify) does. */
    static void writeQuoted(String value, StringBuilder out) {
        requireWellFormedUtf16(value);
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
