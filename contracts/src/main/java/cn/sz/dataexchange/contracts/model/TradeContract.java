package cn.sz.dataexchange.contracts.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The contract of one trade, as generated from the listing version and the order. Its JSON form
 * (with the ODRL policy derived from the usage terms) is what every party signs.
 */
public record TradeContract(ContractId contractId, TradeId tradeId, Instant createdAt, Parties parties,
                            Product product, Money price, UsageTerms usage, SecurityTerms security,
                            CrossBorderTerms crossBorder, DisputeResolution disputeResolution) {

    public TradeContract {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(crossBorder, "crossBorder");
        Objects.requireNonNull(disputeResolution, "disputeResolution");
    }

    public Party party(PartyRole role) {
        return parties.of(role);
    }
}
