package cn.sz.dataexchange.settlement.pricing;

/** A price difference that an exemption of Art. 69 covers, kept so the decision can be reviewed. */
public record ExemptedComparison(PriceComparison comparison, Art69Exemption exemption, String reason) {
}
