package cn.sz.dataexchange.contracts.model;

import java.util.Objects;

/** One party to a contract: its role, the organisation's id on the exchange, its legal name and credit code. */
public record Party(PartyRole role, OrgId orgId, String name, CreditCode creditCode) {

    public Party {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(creditCode, "creditCode");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a party has a legal name");
        }
    }
}
