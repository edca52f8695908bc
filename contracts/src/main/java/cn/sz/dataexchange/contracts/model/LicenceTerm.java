package cn.sz.dataexchange.contracts.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** How long the buyer may use the data: whole days from the moment the contract is created. */
public record LicenceTerm(Instant validFrom, int days) {

    public LicenceTerm {
        Objects.requireNonNull(validFrom, "validFrom");
        if (days < 1) {
            throw new IllegalArgumentException("a licence lasts at least one day");
        }
    }

    public Instant validUntil() {
        return validFrom.plus(Duration.ofDays(days));
    }
}
