package cn.sz.dataexchange.contracts.model;

import java.util.Objects;

/** Negotiate first (for the given days, with the exchange's mediation), then arbitration or court at the named forum. */
public record DisputeResolution(int negotiationDays, DisputeMethod method, String forum, String governingLaw) {

    public DisputeResolution {
        Objects.requireNonNull(method, "method");
        if (negotiationDays < 0 || negotiationDays > 365) {
            throw new IllegalArgumentException("negotiation lasts 0 to 365 days");
        }
        if (forum == null || forum.isBlank() || governingLaw == null || governingLaw.isBlank()) {
            throw new IllegalArgumentException("a forum and a governing law are required");
        }
    }
}
