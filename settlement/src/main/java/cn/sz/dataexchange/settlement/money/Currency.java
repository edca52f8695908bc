package cn.sz.dataexchange.settlement.money;

import java.util.Arrays;

/**
 * The currencies the exchange settles in. Persist {@link #code()} (ISO 4217 alphabetic code), never
 * the ordinal. Only CNY for now; the type is here so that a second currency cannot be added by
 * accident to an amount of another.
 */
public enum Currency {

    CNY("CNY", 156, 2, "¥");

    private final String code;
    private final int numericCode;
    private final int minorUnitDigits;
    private final String symbol;

    Currency(String code, int numericCode, int minorUnitDigits, String symbol) {
        this.code = code;
        this.numericCode = numericCode;
        this.minorUnitDigits = minorUnitDigits;
        this.symbol = symbol;
    }

    public String code() {
        return code;
    }

    public int numericCode() {
        return numericCode;
    }

    /** Digits after the decimal point: 2 for CNY (1 yuan = 100 fen). */
    public int minorUnitDigits() {
        return minorUnitDigits;
    }

    /** Minor units (fen) in one major unit (yuan). */
    public long minorUnitsPerMajor() {
        long factor = 1;
        for (int i = 0; i < minorUnitDigits; i++) {
            factor *= 10;
        }
        return factor;
    }

    public String symbol() {
        return symbol;
    }

    public static Currency fromCode(String code) {
        return Arrays.stream(values())
                .filter(currency -> currency.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unsupported currency " + code));
    }
}
