package cn.sz.dataexchange.contracts.model;

import java.util.List;
import java.util.Objects;

/** The buyer's security obligations and the destruction of the data at the end of the term (Art. 81). */
public record SecurityTerms(List<SecurityObligation> obligations, DestructionTerms destruction) {

    public SecurityTerms {
        obligations = List.copyOf(obligations);
        Objects.requireNonNull(destruction, "destruction");
    }
}
