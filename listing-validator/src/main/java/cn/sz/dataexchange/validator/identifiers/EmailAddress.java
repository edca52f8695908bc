package cn.sz.dataexchange.validator.identifiers;

/**
 * E-mail addresses around an {@code @}: a local part of letters, digits and {@code ._%+-}
 * (at most 64), and a domain of at least two labels ending in an alphabetic top-level label.
 */
final class EmailAddress {

    private static final int MAX_LOCAL = 64;

    private EmailAddress() {
    }

    /** Records an address around {@code at} if there is one; returns where scanning continues. */
    static int scanAt(IdentifierScanner scanner, byte[] b, int from, int to, int at) {
        int local = at;
        while (local > from && at - local < MAX_LOCAL && isLocal(b[local - 1])) {
            local--;
        }
        if (local == at || b[local] == '.' || b[at - 1] == '.') {
            return at + 1;
        }
        int end = domainEnd(b, at + 1, to);
        if (end < 0) {
            return at + 1;
        }
        scanner.dropFrom(local);
        scanner.add(IdentifierKind.EMAIL, local, end);
        return end;
    }

    /** The end of a valid domain starting at {@code s}, or -1. */
    private static int domainEnd(byte[] b, int s, int to) {
        int i = s;
        int labelStart = s;
        int labels = 0;
        int lastLabelStart = s;
        int end = -1;
        while (true) {
            while (i < to && (IdentifierScanner.isAlnum(b[i]) || b[i] == '-')) {
                i++;
            }
            if (i == labelStart || b[labelStart] == '-' || b[i - 1] == '-') {
                break;
            }
            labels++;
            lastLabelStart = labelStart;
            end = i;
            if (i + 1 < to && b[i] == '.' && IdentifierScanner.isAlnum(b[i + 1])) {
                i++;
                labelStart = i;
            } else {
                break;
            }
        }
        return labels >= 2 && alphabeticTld(b, lastLabelStart, end) ? end : -1;
    }

    private static boolean alphabeticTld(byte[] b, int s, int e) {
        if (e - s < 2) {
            return false;
        }
        for (int i = s; i < e; i++) {
            byte c = (byte) (b[i] | 0x20);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocal(byte c) {
        return IdentifierScanner.isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }
}
