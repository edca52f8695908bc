package cn.sz.dataexchange.contracts.model;

import java.util.regex.Pattern;

/** The one shape every identifier in a contract takes: 1 to 128 URL- and URN-safe characters. */
final class Identifiers {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private Identifiers() {
    }

    static boolean isValid(String value) {
        return value != null && SAFE.matcher(value).matches();
    }

    static String require(String value, String what) {
        if (!isValid(value)) {
            throw new IllegalArgumentException(what + " must be 1-128 characters of [A-Za-z0-9._:-], got " + value);
        }
        return value;
    }
}
