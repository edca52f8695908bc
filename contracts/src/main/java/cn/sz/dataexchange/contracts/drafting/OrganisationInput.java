package cn.sz.dataexchange.contracts.drafting;

/** An organisation as the exchange's registry holds it. */
public record OrganisationInput(String orgId, String legalName, String creditCode) {
}
