package cn.sz.dataexchange.api.identity.model;

import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@value #ALPHABET}; the last is a check character over the first 17 with weights 3^i mod 31.
 */
public record CreditCode(String value) {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int LENGTH = 18;

    public CreditCode {
        if (explainInvalid(value) != null) {
            throw new IllegalArgumentException("not a valid credit code");
        }
    }

    /** Parses user input (trimmed, upper-cased), explaining what is wrong if it is not a credit code. */
    public static Result<CreditCode> parse(String raw) {
        String candidate = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        String problem = explainInvalid(candidate);
        if (problem != null) {
            return Result.refused(Refusal.invalidField("creditCode", problem));
        }
        return Result.accepted(new CreditCode(candidate));
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    private static String explainInvalid(String candidate) {
        if (candidate == null || candidate.length() != LENGTH) {
            return "must be exactly 18 characters";
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return "character " + (i + 1) + " ('" + candidate.charAt(i)
                        + "') is not allowed; use digits and letters other than I, O, S, V, Z";
            }
        }
        char expected = checkCharacter(candidate);
        if (candidate.charAt(LENGTH - 1) != expected) {
            return "check character is wrong (the code is mistyped)";
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
