package cn.sz.dataexchange.validator.identifiers;

/** The Luhn (mod 10) check used by bank card numbers (ISO/IEC 7812). */
public final class LuhnCheck {

    private LuhnCheck() {
    }

    public static boolean isValid(byte[] b, int s, int e) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = e - 1; i >= s; i--) {
            int d = b[i] - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    public static boolean isValid(String digits) {
        byte[] b = digits.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return isValid(b, 0, b.length);
    }

    /** The check digit to append to {@code payload}. */
    public static char checkDigit(String payload) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
