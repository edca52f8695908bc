package cn.sz.dataexchange.settlement.money;

/** A gross amount divided into the platform's fee and the seller's net; {@code fee + sellerNet == gross} always. */
public record FeeSplit(Money gross, Money fee, Money sellerNet) {

    public FeeSplit {
        if (!fee.plus(sellerNet).equals(gross)) {
            throw new IllegalArgumentException("fee " + fee + " + net " + sellerNet + " != gross " + gross);
        }
        if (fee.isNegative() || sellerNet.isNegative()) {
            throw new IllegalArgumentException("fee and net must not be negative");
        }
    }
}
