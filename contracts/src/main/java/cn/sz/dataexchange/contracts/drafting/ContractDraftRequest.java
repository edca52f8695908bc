package cn.sz.dataexchange.contracts.drafting;

/** Everything a contract is drafted from. The contract id is the caller's (e.g. derived from the trade id). */
public record ContractDraftRequest(String contractId, OrganisationInput seller, OrganisationInput buyer,
                                   ListingVersionInput listing, OrderInput order, ExchangeRules rules) {
}
