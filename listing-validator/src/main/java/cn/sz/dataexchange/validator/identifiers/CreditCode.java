package cn.sz.dataexchange.validator.identifiers;

/**
 * GB 32100 unified social credit codes: 18 characters over the alphabet
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}; registration authority and organisation type codes;
 * a GB/T 2260 province code in positions 3-4; a check character with weights 3^i mod 31.
 */
public final class CreditCode {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = new int[17];
    private static final int[] VALUE = new int[128];

    static {
        int w = 1;
        for (int i = 0; i < 17; i++) {
            WEIGHTS[i] = w;
            w = w * 3 % 31;
        }
        java.util.Arrays.fill(VALUE, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUE[ALPHABET.charAt(i)] = i;
        }
    }

    private CreditCode() {
    }

    /** The check character for the first 17 characters (all in the alphabet). */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += VALUE[first17.charAt(i)] * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    public static boolean isValid(String code) {
        byte[] b = code.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return b.length == 18 && isValid(b, 0);
    }

    /** Only the alphabet and check character. */
    public static boolean hasValidCheckCharacter(byte[] b, int s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = value(b[s + i]);
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        return value(b[s + 17]) == (31 - sum % 31) % 31;
    }

    /** Structure (authority, type, province) and check character. */
    public static boolean isValid(byte[] b, int s) {
        if (!authorityAndTypeOk(b[s], b[s + 1])) {
            return false;
        }
        if (!ResidentIdNumber.isProvince(b[s + 2], b[s + 3])) {
            return false;
        }
        return hasValidCheckCharacter(b, s);
    }

    private static boolean authorityAndTypeOk(byte authority, byte type) {
        return "123456789ANY".indexOf(authority) >= 0 && "1239".indexOf(type) >= 0;
    }

    private static int value(byte c) {
        return c < 0 ? -1 : VALUE[c];
    }
}
