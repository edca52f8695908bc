package cn.sz.dataexchange.contracts.model;

import java.util.List;
import java.util.Objects;

/**
 * What the buyer may do with the data: its declared purpose, the permitted use, where (ISO 3166-1
 * alpha-2 codes), for how long, and whether onward sale is licensed (by default it is not).
 */
public record UsageTerms(String declaredPurpose, String permittedUse, List<String> territory,
                         LicenceTerm licence, boolean onwardSaleLicensed) {

    public UsageTerms {
        territory = List.copyOf(territory);
        Objects.requireNonNull(licence, "licence");
        if (declaredPurpose == null || declaredPurpose.isBlank() || permittedUse == null || permittedUse.isBlank()) {
            throw new IllegalArgumentException("a purpose and a permitted use are required");
        }
        if (territory.isEmpty()) {
            throw new IllegalArgumentException("a territory is required");
        }
    }
}
