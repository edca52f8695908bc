package cn.sz.dataexchange.settlement.ledger;

/** Checks shared by the identifier records. */
final class Identifiers {

    static final int MAX_LENGTH = 128;

    private Identifiers() {
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (value.length() > MAX_LENGTH || !value.strip().equals(value)) {
            throw new IllegalArgumentException(what + " must be at most " + MAX_LENGTH
                    + " characters without surrounding blanks: \"" + value + "\"");
        }
    }
}
