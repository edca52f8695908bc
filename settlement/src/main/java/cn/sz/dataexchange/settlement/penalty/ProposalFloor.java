package cn.sz.dataexchange.settlement.penalty;

import cn.sz.dataexchange.settlement.money.Money;
import java.util.Objects;

/**
 * A floor the discretion policy puts under its proposal in the Art. 95 serious tier, with the reason
 * for it. The law states no minimum there (ADR 0043): this is policy, never part of the statutory
 * range, and the deciding official may fine below it.
 */
public record ProposalFloor(Money amount, String reason) {

    public ProposalFloor {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a floor cannot be negative");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a floor needs its reason");
        }
    }
}
