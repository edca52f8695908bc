package cn.sz.dataexchange.settlement.money;

import java.util.Objects;

/**
 * The exchange's fee on a trade: a rate in basis points of the gross price, rounded to a whole fen by
 * a stated rule. The seller's net is computed as {@code gross - fee}, never rounded on its own, so the
 * two always add up to the gross. The default rule is {@link RoundingRule#HALF_UP} (see ADR 0041).
 */
public record PlatformFee(BasisPoints rate, RoundingRule rounding) {

    public PlatformFee {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(rounding, "rounding");
    }

    public static PlatformFee of(int basisPoints) {
        return new PlatformFee(BasisPoints.of(basisPoints), RoundingRule.HALF_UP);
    }

    public FeeSplit splitOf(Money gross) {
        Money fee = gross.share(rate, rounding);
        return new FeeSplit(gross, fee, gross.minus(fee));
    }
}
