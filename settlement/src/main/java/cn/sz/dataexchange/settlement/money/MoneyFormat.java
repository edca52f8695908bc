package cn.sz.dataexchange.settlement.money;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text forms of {@link Money}. Parsing accepts an optional sign, an optional currency symbol
 * ({@code ¥} U+00A5 or {@code ￥} U+FFE5) or the prefix {@code CNY}, digits optionally grouped by
 * commas in threes, and at most as many decimals as the currency has (two for CNY). More decimals
 * are refused rather than rounded: an amount that cannot be represented exactly is an input error.
 */
public final class MoneyFormat {

    private static final Pattern AMOUNT = Pattern.compile(
            "^(?<sign>[-+]?)\\s*(?:(?<code>CNY)\\s*|[¥￥]\\s*)?"
                    + "(?<integer>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(?<fraction>\\d+))?$");

    private MoneyFormat() {
    }

    public static Money parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("amount text is null");
        }
        Matcher matcher = AMOUNT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an amount of yuan: \"" + text + "\"");
        }
        Currency currency = Currency.CNY;
        String number = matcher.group("integer").replace(",", "");
        String fraction = matcher.group("fraction");
        long units = parseScaled(fraction == null ? number : number + "." + fraction, currency.minorUnitDigits());
        return new Money("-".equals(matcher.group("sign")) ? Math.negateExact(units) : units, currency);
    }

    /** Parses an unsigned decimal with at most {@code scale} decimals into an integer scaled by 10^scale. */
    static long parseScaled(String decimal, int scale) {
        if (!decimal.matches("\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("not a decimal number: \"" + decimal + "\"");
        }
        int point = decimal.indexOf('.');
        String whole = point < 0 ? decimal : decimal.substring(0, point);
        String fraction = point < 0 ? "" : decimal.substring(point + 1);
        if (fraction.length() > scale) {
            throw new IllegalArgumentException("more than " + scale + " decimals: \"" + decimal + "\"");
        }
        String padded = fraction + "0".repeat(scale - fraction.length());
        try {
            long result = Long.parseLong(whole);
            for (int i = 0; i < scale; i++) {
                result = Math.multiplyExact(result, 10);
            }
            return Math.addExact(result, padded.isEmpty() ? 0 : Long.parseLong(padded));
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            throw new IllegalArgumentException("amount out of range: \"" + decimal + "\"", tooLarge);
        }
    }

    static String plain(Money money) {
        return (money.isNegative() ? "-" : "") + unsigned(money, false);
    }

    static String display(Money money) {
        return (money.isNegative() ? "-" : "") + money.currency().symbol() + unsigned(money, true);
    }

    private static String unsigned(Money money, boolean grouped) {
        Currency currency = money.currency();
        long perMajor = currency.minorUnitsPerMajor();
        long units = money.minorUnits();
        // Long.MIN_VALUE has no positive counterpart: work with the negative remainder's magnitude.
        String whole = Long.toString(Math.abs(units / perMajor));
        String fraction = Long.toString(Math.abs(units % perMajor));
        fraction = "0".repeat(currency.minorUnitDigits() - fraction.length()) + fraction;
        if (grouped) {
            whole = group(whole);
        }
        return currency.minorUnitDigits() == 0 ? whole : whole + "." + fraction;
    }

    private static String group(String digits) {
        StringBuilder grouped = new StringBuilder();
        int firstGroup = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        grouped.append(digits, 0, firstGroup);
        for (int i = firstGroup; i < digits.length(); i += 3) {
            grouped.append(',').append(digits, i, i + 3);
        }
        return grouped.toString();
    }
}
