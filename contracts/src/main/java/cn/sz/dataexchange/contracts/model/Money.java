package cn.sz.dataexchange.contracts.model;

/** An amount of renminbi in fen (1 yuan = 100 fen), never negative, exact in JSON (at most 2^53 - 1). */
public record Money(long fen, String currency) {

    public static final String CNY = "CNY";
    public static final long MAX_FEN = (1L << 53) - 1;

    public Money {
        if (!CNY.equals(currency)) {
            throw new IllegalArgumentException("contracts are priced in CNY, got " + currency);
        }
        if (fen < 0 || fen > MAX_FEN) {
            throw new IllegalArgumentException("a price is 0 to 2^53-1 fen, got " + fen);
        }
    }

    public static Money ofFen(long fen) {
        return new Money(fen, CNY);
    }

    /** "12,345.67" style yuan text for renderings. */
    public String yuanText() {
        return String.format(java.util.Locale.ROOT, "%,d.%02d", fen / 100, fen % 100);
    }
}
