package cn.sz.dataexchange.api.enforcement.model;

import java.util.List;
import java.util.Optional;

/**
 * Illegal income computed from the exchange's ledger (Administrative Penalty Law 2021 Art. 28): the
 * money obtained by the illegal act (the buyers' payments for the trades concerned, as funded into
 * escrow) less the amounts refunded to the buyers. Every line that counted, or was shown, is listed.
 * An override replaces the computed net figure, with the reason given for it.
 */
public record IllegalIncome(long grossFen, long refundedFen, List<IncomeLine> lines, Optional<Override> override) {

    /** The basis of the computation, as shown in decisions. */
    public static final String BASIS = "Administrative Penalty Law 2021 Art. 28: illegal income is the money obtained"
            + " by the illegal act; amounts refunded to the victims are deducted. Gross: the buyers' payments for the"
            + " trades concerned (ESCROW_FUNDED); deducted: refunds to the buyers (ESCROW_REFUNDED). The platform fee"
            + " is a cost of the sale and is not deducted.";

    public IllegalIncome {
        lines = List.copyOf(lines);
        override = override == null ? Optional.empty() : override;
        if (grossFen < 0 || refundedFen < 0 || refundedFen > grossFen) {
            throw new IllegalArgumentException("need 0 <= refunded <= gross, was " + refundedFen + " of " + grossFen);
        }
    }

    /** A figure the regulator puts in place of the computed net income, and why. */
    public record Override(long netFen, String reason) {

        public Override {
            if (netFen < 0) {
                throw new IllegalArgumentException("illegal income cannot be negative");
            }
        }
    }

    public static IllegalIncome of(List<IncomeLine> lines) {
        long gross = lines.stream().filter(l -> l.effect() == IncomeLine.Effect.GROSS).mapToLong(IncomeLine::amountFen).sum();
        long refunded = lines.stream().filter(l -> l.effect() == IncomeLine.Effect.REFUND)
                .mapToLong(IncomeLine::amountFen).sum();
        return new IllegalIncome(gross, refunded, lines, Optional.empty());
    }

    /** Gross less refunds. */
    public long computedNetFen() {
        return grossFen - refundedFen;
    }

    /** The figure confiscated and used for the penalty: the override if there is one, else the computed net. */
    public long netFen() {
        return override.map(Override::netFen).orElse(computedNetFen());
    }

    public IllegalIncome overriddenBy(Override replacement) {
        return new IllegalIncome(grossFen, refundedFen, lines, Optional.of(replacement));
    }
}
