package cn.sz.dataexchange.validator.identifiers;

/**
 * GB 11643 citizen identity numbers: six-digit region code (GB/T 2260 province prefix checked),
 * birth date, sequence and, in the 18-character form, an ISO 7064 MOD 11-2 check character
 * (0-9 or X). The 15-digit legacy form has a two-digit year (19yy) and no check character.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final boolean[] PROVINCES = new boolean[100];

    static {
        int[] codes = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
                50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
        for (int c : codes) {
            PROVINCES[c] = true;
        }
    }

    private ResidentIdNumber() {
    }

    /** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static boolean isValid(String id, int todayYmd) {
        byte[] b = id.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return b.length == 18 ? isValid18(b, 0, todayYmd) : b.length == 15 && isValidLegacy15(b, 0, todayYmd);
    }

    /** 18 characters at {@code s}: region, date not after {@code todayYmd}, check character. */
    public static boolean isValid18(byte[] b, int s, int todayYmd) {
        if (!regionOk(b, s)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int d = b[s + i] - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            sum += d * WEIGHTS[i];
        }
        int last = b[s + 17];
        char expected = CHECK[sum % 11];
        if (last != expected && !(expected == 'X' && last == 'x')) {
            return false;
        }
        return dateOk(birthDate18(b, s), todayYmd);
    }

    /** 15 digits at {@code s}: region and a valid 19yy date. */
    public static boolean isValidLegacy15(byte[] b, int s, int todayYmd) {
        return regionOk(b, s) && dateOk(birthDate15(b, s), todayYmd);
    }

    /** The birth date of an 18-character number as yyyymmdd. */
    public static int birthDate18(byte[] b, int s) {
        return digits(b, s + 6, 8);
    }

    /** The birth date of a 15-digit number as yyyymmdd (the century is always 19). */
    public static int birthDate15(byte[] b, int s) {
        return 19_000_000 + digits(b, s + 6, 6);
    }

    /** Whether two ASCII digits form a GB/T 2260 province code. */
    static boolean isProvince(byte tens, byte units) {
        int province = (tens - '0') * 10 + (units - '0');
        return units >= '0' && units <= '9' && province >= 0 && province < 100 && PROVINCES[province];
    }

    private static boolean regionOk(byte[] b, int s) {
        if (!isProvince(b[s], b[s + 1])) {
            return false;
        }
        return !(b[s + 2] == '0' && b[s + 3] == '0' && b[s + 4] == '0' && b[s + 5] == '0');
    }

    private static boolean dateOk(int ymd, int todayYmd) {
        int y = ymd / 10000;
        return y >= 1900 && ymd <= todayYmd && CalendarDate.isValid(y, ymd / 100 % 100, ymd % 100);
    }

    private static int digits(byte[] b, int s, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            v = v * 10 + (b[s + i] - '0');
        }
        return v;
    }
}
