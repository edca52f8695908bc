package cn.sz.dataexchange.settlement.ledger;

/** An organisation (buyer or seller) as the exchange identifies it. */
public record OrgId(String value) {

    public OrgId {
        Identifiers.requireText(value, "organisation id");
    }

    public static OrgId of(String value) {
        return new OrgId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
