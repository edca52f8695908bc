package cn.sz.dataexchange.validator.facts;

import cn.sz.dataexchange.validator.identifiers.CalendarDate;

/** Reads birth dates written yyyy-MM-dd, yyyy/MM/dd, yyyy.MM.dd or yyyyMMdd (a time part after them is ignored). */
public final class BirthDates {

    private BirthDates() {
    }

    /** The date as yyyymmdd, or 0 when the bytes are not such a date. */
    public static int parse(byte[] b, int s, int e) {
        while (s < e && b[s] == ' ') {
            s++;
        }
        if (e - s >= 10 && isSep(b[s + 4]) && b[s + 7] == b[s + 4]) {
            return valid(digits(b, s, 4), digits(b, s + 5, 2), digits(b, s + 8, 2));
        }
        if (e - s >= 8) {
            return valid(digits(b, s, 4), digits(b, s + 4, 2), digits(b, s + 6, 2));
        }
        return 0;
    }

    private static boolean isSep(byte c) {
        return c == '-' || c == '/' || c == '.';
    }

    private static int valid(int y, int m, int d) {
        return y > 1800 && CalendarDate.isValid(y, m, d) ? CalendarDate.pack(y, m, d) : 0;
    }

    private static int digits(byte[] b, int s, int n) {
        int v = 0;
        for (int i = s; i < s + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1_000_000;
            }
            v = v * 10 + d;
        }
        return v;
    }
}
