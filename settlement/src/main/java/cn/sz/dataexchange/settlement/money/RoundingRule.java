package cn.sz.dataexchange.settlement.money;

/**
 * How a fractional fen is rounded to a whole fen. Persist {@link #code()}.
 * All rules work on exact integer quotients; no floating point is involved.
 */
public enum RoundingRule {

    /** Toward zero: the fractional fen is dropped. */
    DOWN(1),
    /** Half a fen or more rounds away from zero (commercial rounding, 四舍五入). */
    HALF_UP(2),
    /** Half a fen rounds to the even fen (banker's rounding); other fractions to the nearest. */
    HALF_EVEN(3),
    /** Away from zero: any fractional fen makes a whole one. */
    UP(4);

    private final int code;

    RoundingRule(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static RoundingRule fromCode(int code) {
        for (RoundingRule rule : values()) {
            if (rule.code == code) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown rounding rule code " + code);
    }

    /**
     * Rounds {@code quotient + remainder / denominator} to a whole number, where
     * {@code 0 <= remainder < denominator}: the exact fraction left by an integer division.
     */
    long round(long quotient, long remainder, long denominator) {
        if (remainder < 0 || denominator <= 0 || remainder >= denominator) {
            throw new IllegalArgumentException("round expects 0 <= remainder < denominator");
        }
        if (remainder == 0) {
            return quotient;
        }
        long rest = denominator - remainder; // compare remainder with half without overflowing
        boolean roundUp = switch (this) {
            case DOWN -> false;
            case UP -> true;
            case HALF_UP -> remainder >= rest;
            case HALF_EVEN -> remainder > rest || (remainder == rest && quotient % 2 != 0);
        };
        return roundUp ? Math.addExact(quotient, 1) : quotient;
    }
}
