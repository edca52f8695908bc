package cn.sz.dataexchange.settlement.pricing;

import java.time.Instant;
import java.util.Objects;

/** What a seller declared for a trade's price, to be tested against the exemptions of Art. 69. */
public sealed interface ExemptionClaim {

    /** The counterparty's declared actual needs that shaped its terms (e.g. "exclusive licence", "hourly feed"). */
    record DeclaredNeeds(String needs) implements ExemptionClaim {
        public DeclaredNeeds {
            if (needs == null || needs.isBlank()) {
                throw new IllegalArgumentException("declared needs must be stated");
            }
        }
    }

    /** A new-user promotion; the counterparty became a user at {@code userSince}. */
    record NewUserPromotion(Instant userSince) implements ExemptionClaim {
        public NewUserPromotion {
            Objects.requireNonNull(userSince, "userSince");
        }
    }

    /** The price came from a random draw under the published rule {@code ruleId}. */
    record RandomAllocation(String ruleId) implements ExemptionClaim {
        public RandomAllocation {
            Objects.requireNonNull(ruleId, "ruleId");
        }
    }
}
