package cn.sz.dataexchange.contracts.model;

import java.util.List;

/** The three parties of every exchange trade. */
public record Parties(Party seller, Party buyer, Party exchange) {

    public Parties {
        requireRole(seller, PartyRole.SELLER);
        requireRole(buyer, PartyRole.BUYER);
        requireRole(exchange, PartyRole.EXCHANGE);
    }

    private static void requireRole(Party party, PartyRole role) {
        if (party == null || party.role() != role) {
            throw new IllegalArgumentException("expected the " + role.code() + " party");
        }
    }

    public Party of(PartyRole role) {
        return switch (role) {
            case SELLER -> seller;
            case BUYER -> buyer;
            case EXCHANGE -> exchange;
        };
    }

    public List<Party> all() {
        return List.of(seller, buyer, exchange);
    }
}
