package cn.sz.dataexchange.contracts.model;

/** A listing id. */
public record ListingId(String value) {

    public ListingId {
        Identifiers.require(value, "a listing id");
    }

    public static boolean isValid(String value) {
        return Identifiers.isValid(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
