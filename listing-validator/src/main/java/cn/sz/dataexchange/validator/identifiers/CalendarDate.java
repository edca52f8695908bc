package cn.sz.dataexchange.validator.identifiers;

/** Calendar checks on dates packed as yyyymmdd integers, without allocating. */
public final class CalendarDate {

    private static final int[] DAYS = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private CalendarDate() {
    }

    public static boolean isValid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int max = month == 2 && isLeap(year) ? 29 : DAYS[month];
        return day <= max;
    }

    public static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    public static int pack(int year, int month, int day) {
        return year * 10000 + month * 100 + day;
    }

    /** Whole years between two packed dates (the age on {@code today} of someone born on {@code birth}). */
    public static int yearsBetween(int birth, int today) {
        int years = today / 10000 - birth / 10000;
        return today % 10000 < birth % 10000 ? years - 1 : years;
    }
}
