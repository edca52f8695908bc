package cn.sz.dataexchange.contracts.model;

/** A contract id. */
public record ContractId(String value) {

    public ContractId {
        Identifiers.require(value, "a contract id");
    }

    public static boolean isValid(String value) {
        return Identifiers.isValid(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
