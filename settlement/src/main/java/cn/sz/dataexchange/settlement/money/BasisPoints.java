package cn.sz.dataexchange.settlement.money;

/** A rate in basis points: 1 bp = 0.01 %, 10,000 bp = 100 %. Only 0..10,000 is meaningful for a share. */
public record BasisPoints(int value) {

    public static final int WHOLE = 10_000;

    public BasisPoints {
        if (value < 0 || value > WHOLE) {
            throw new IllegalArgumentException("basis points must be within 0..10000, was " + value);
        }
    }

    public static BasisPoints of(int value) {
        return new BasisPoints(value);
    }

    /** Parses a percentage with at most two decimals, e.g. "2.5" or "2.50%" -> 250 bp. */
    public static BasisPoints ofPercent(String percent) {
        String text = percent.strip();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return new BasisPoints(Math.toIntExact(MoneyFormat.parseScaled(text, 2)));
    }

    @Override
    public String toString() {
        return value + "bp";
    }
}
