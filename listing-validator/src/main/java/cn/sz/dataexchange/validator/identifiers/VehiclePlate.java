package cn.sz.dataexchange.validator.identifiers;

import java.nio.charset.StandardCharsets;

/**
 * Mainland vehicle plates: a province abbreviation, an issuing-authority letter, then five
 * characters (at most two letters, never I or O), or six for new-energy vehicles (D/F first for
 * small cars, last for large ones).
 */
final class VehiclePlate {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final int[] PROVINCE_CODES;

    static {
        PROVINCE_CODES = PROVINCES.codePoints().map(cp -> {
            byte[] u = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            return ((u[0] & 0xFF) << 16) | ((u[1] & 0xFF) << 8) | (u[2] & 0xFF);
        }).sorted().toArray();
    }

    private VehiclePlate() {
    }

    /** Whether the three bytes before {@code s} (not before {@code from}) are a province abbreviation. */
    static boolean provinceBefore(byte[] b, int from, int s) {
        if (s - 3 < from || (b[s - 3] & 0xF0) != 0xE0) {
            return false;
        }
        int code = ((b[s - 3] & 0xFF) << 16) | ((b[s - 2] & 0xFF) << 8) | (b[s - 1] & 0xFF);
        return java.util.Arrays.binarySearch(PROVINCE_CODES, code) >= 0;
    }

    static boolean isAuthorityLetter(byte c) {
        return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O';
    }

    /** The serial after the authority letter: {@code n} (5 or 6) characters at {@code s}. */
    static boolean isSerial(byte[] b, int s, int n) {
        int letters = 0;
        for (int i = s; i < s + n; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                continue;
            }
            if (!isAuthorityLetter(c)) {
                return false;
            }
            letters++;
        }
        if (n == 5) {
            return letters <= 2;
        }
        boolean smallNewEnergy = (b[s] == 'D' || b[s] == 'F') && allDigits(b, s + 2, s + 6);
        boolean largeNewEnergy = (b[s + 5] == 'D' || b[s + 5] == 'F') && allDigits(b, s, s + 5);
        return n == 6 && (smallNewEnergy || largeNewEnergy);
    }

    /**
     * For a one-letter run at {@code s} after a province, followed by a separator ({@code - . space}
     * or a middle dot) and a serial: the end of the plate, or {@code e} when there is none.
     */
    static int endWithSeparator(byte[] b, int from, int to, int s, int e) {
        if (!isAuthorityLetter(b[s]) || e >= to || !provinceBefore(b, from, s)) {
            return e;
        }
        int serial = b[e] == '-' || b[e] == ' ' || b[e] == '.' ? e + 1
                : (b[e] & 0xFF) == 0xC2 && e + 1 < to && (b[e + 1] & 0xFF) == 0xB7 ? e + 2 : -1;
        if (serial < 0) {
            return e;
        }
        int r = serial;
        while (r < to && IdentifierScanner.isAlnum(b[r])) {
            r++;
        }
        int n = r - serial;
        return (n == 5 || n == 6) && isSerial(b, serial, n) ? r : e;
    }

    private static boolean allDigits(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }
}
