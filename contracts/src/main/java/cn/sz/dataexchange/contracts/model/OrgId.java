package cn.sz.dataexchange.contracts.model;

/** A organisation id. */
public record OrgId(String value) {

    public OrgId {
        Identifiers.require(value, "a organisation id");
    }

    public static boolean isValid(String value) {
        return Identifiers.isValid(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
