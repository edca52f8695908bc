package cn.sz.dataexchange.validator.identifiers;

import java.time.LocalDate;

/**
 * Finds identifiers in one field's UTF-8 bytes in a single pass. It splits the bytes into maximal
 * runs of ASCII letters and digits, judges each run by its length and then by its check
 * character, date or allocation table, and handles e-mail addresses at each {@code @}. Matches of
 * one field are buffered (an e-mail swallows a mobile number in its local part) and read back with
 * {@link #kind(int)}, {@link #start(int)} and {@link #end(int)}. Not thread-safe: one per thread.
 */
public final class IdentifierScanner {

    private static final byte OTHER = 0;
    private static final byte DIGIT = 1;
    private static final byte UPPER = 2;
    private static final byte LOWER = 4;
    private static final byte AT = 8;
    private static final byte WIDE = 16;
    private static final byte ALNUM = DIGIT | UPPER | LOWER;
    private static final byte[] CLASS = new byte[256];
    private static final IdentifierKind[] KINDS = IdentifierKind.values();

    static {
        for (int c = '0'; c <= '9'; c++) {
            CLASS[c] = DIGIT;
        }
        for (int c = 'A'; c <= 'Z'; c++) {
            CLASS[c] = UPPER;
        }
        for (int c = 'a'; c <= 'z'; c++) {
            CLASS[c] = LOWER;
        }
        CLASS['@'] = AT;
        CLASS[0xEF] = WIDE;
    }

    /** Lengths of digit runs that {@link #onRun} judges (mobile, +86 mobile, resident IDs, cards, credit codes). */
    private static final long DIGIT_RUN_LENGTHS = 1L << 11 | 1L << 13 | 1L << 15 | 1L << 16 | 1L << 17 | 1L << 18 | 1L << 19;
    /** Lengths of runs with letters that {@link #onRun} judges (plate letter, plate serials, passport, ID or credit code). */
    private static final long LETTER_RUN_LENGTHS = 1L << 1 | 1L << 6 | 1L << 7 | 1L << 9 | 1L << 18;

    private final int todayYmd;
    private final WrittenNumbers written;
    private byte[] kinds = new byte[16];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private long[] lines = new long[16];
    private int[] canonicalAt = new int[16];
    private byte[] canonical = new byte[64];
    private int canonicalUsed;
    private int count;
    private long currentLine;

    /** @param today the evaluation date: later birth dates are impossible */
    public IdentifierScanner(LocalDate today) {
        this.todayYmd = CalendarDate.pack(today.getYear(), today.getMonthValue(), today.getDayOfMonth());
        this.written = new WrittenNumbers(this, todayYmd);
    }

    /**
     * Scans {@code b[from, to)} and returns how many identifiers it holds.
     *
     * @param cardContext whether the column's name speaks of cards or accounts, which lets
     *                    Luhn-valid numbers outside the UnionPay 62 range count as bank cards
     */
    public int scan(byte[] b, int from, int to, boolean cardContext) {
        count = 0;
        canonicalUsed = 0;
        int i = from;
        while (i < to) {
            byte c = CLASS[b[i] & 0xFF];
            if (c == OTHER) {
                i++;
                continue;
            }
            if (c == WIDE) {
                i = onFullWidth(b, from, to, i, cardContext);
                continue;
            }
            if (c == AT) {
                i = EmailAddress.scanAt(this, b, from, to, i);
                continue;
            }
            int runStart = i;
            int kinds = 0;
            do {
                kinds |= c;
                i++;
            } while (i < to && ((c = CLASS[b[i] & 0xFF]) & ALNUM) != 0);
            if (kinds == DIGIT && WrittenNumbers.mayContinue(b, from, to, runStart, i)) {
                int next = onWrittenNumber(b, from, to, runStart, cardContext);
                if (next > 0) {
                    i = next;
                    continue;
                }
            }
            if (mayBeIdentifier(b, runStart, i - runStart, kinds != DIGIT)) {
                int next = onRun(b, from, to, runStart, i, kinds != DIGIT, cardContext);
                if (next > i) {
                    i = next;
                }
            }
        }
        return count;
    }

    public IdentifierKind kind(int match) {
        return KINDS[kinds[match]];
    }

    public int start(int match) {
        return starts[match];
    }

    public int end(int match) {
        return ends[match];
    }

    /**
     * The byte {@code 0xEF} at {@code i} may start a full-width digit: a number in full-width or
     * mixed digits is read as a written form; returns where scanning continues.
     */
    int onFullWidth(byte[] b, int from, int to, int i, boolean cardContext) {
        return written.atFullWidth(b, from, to, i, cardContext);
    }

    /** A run of ASCII digits at {@code s} that may be part of a written form; -1 when it is judged as a plain run. */
    int onWrittenNumber(byte[] b, int from, int to, int s, boolean cardContext) {
        return WrittenNumbers.startsChain(b, from, s) ? written.read(b, from, to, s, cardContext) : -1;
    }

    /**
     * Whether {@link #onRun} can find anything in the run of {@code len} characters at {@code s}: its
     * length is one it judges, and a run with letters starts with a digit or a capital (every kind
     * with letters does: plate authority, passport, ID with X, credit code). Keeps the call, which
     * does not inline, off the runs that cannot be identifiers (dates, amounts, words).
     */
    static boolean mayBeIdentifier(byte[] b, int s, int len, boolean letters) {
        if (len >= 64) {
            return false;
        }
        if (!letters) {
            return (DIGIT_RUN_LENGTHS >>> len & 1) != 0;
        }
        return (LETTER_RUN_LENGTHS >>> len & 1) != 0 && b[s] <= 'Z';
    }

    int onRun(byte[] b, int from, int to, int s, int e, boolean letters, boolean cardContext) {
        int len = e - s;
        if (!letters) {
            onDigitRun(b, from, s, e, len, cardContext);
            return e;
        }
        switch (len) {
            case 18 -> {
                if ((b[s + 17] == 'X' || b[s + 17] == 'x') && ResidentIdNumber.isValid18(b, s, todayYmd)) {
                    add(IdentifierKind.RESIDENT_ID, s, e);
                } else if (CreditCode.isValid(b, s)) {
                    add(IdentifierKind.CREDIT_CODE, s, e);
                }
            }
            case 9 -> {
                if (PassportNumber.isValid(b, s)) {
                    add(IdentifierKind.PASSPORT, s, e);
                }
            }
            case 6, 7 -> {
                if (VehiclePlate.isAuthorityLetter(b[s]) && VehiclePlate.provinceBefore(b, from, s)
                        && VehiclePlate.isSerial(b, s + 1, len - 1)) {
                    add(IdentifierKind.PLATE, s - 3, e);
                }
            }
            case 1 -> {
                return plateWithSeparator(b, from, to, s, e);
            }
            default -> {
            }
        }
        return e;
    }

    private void onDigitRun(byte[] b, int from, int s, int e, int len, boolean cardContext) {
        switch (len) {
            case 11 -> {
                if (MobileNumber.isValid(b, s)) {
                    add(IdentifierKind.MOBILE, s, e);
                }
            }
            case 13 -> {
                if (b[s] == '8' && b[s + 1] == '6' && MobileNumber.isValid(b, s + 2)) {
                    add(IdentifierKind.MOBILE, s, e);
                }
            }
            case 15 -> {
                if (ResidentIdNumber.isValidLegacy15(b, s, todayYmd)) {
                    add(IdentifierKind.RESIDENT_ID, s, e);
                }
            }
            case 18 -> {
                if (ResidentIdNumber.isValid18(b, s, todayYmd)) {
                    add(IdentifierKind.RESIDENT_ID, s, e);
                } else if (CreditCode.isValid(b, s)) {
                    add(IdentifierKind.CREDIT_CODE, s, e);
                } else if (BankCard.isCard(b, from, s, e, cardContext)) {
                    add(IdentifierKind.BANK_CARD, s, e);
                }
            }
            case 16, 17, 19 -> {
                if (BankCard.isCard(b, from, s, e, cardContext)) {
                    add(IdentifierKind.BANK_CARD, s, e);
                }
            }
            default -> {
            }
        }
    }

    private int plateWithSeparator(byte[] b, int from, int to, int s, int e) {
        int end = VehiclePlate.endWithSeparator(b, from, to, s, e);
        if (end > e) {
            add(IdentifierKind.PLATE, s - 3, end);
            return end;
        }
        return e;
    }

    void add(IdentifierKind kind, int s, int e) {
        if (count == kinds.length) {
            kinds = java.util.Arrays.copyOf(kinds, count * 2);
            starts = java.util.Arrays.copyOf(starts, count * 2);
            ends = java.util.Arrays.copyOf(ends, count * 2);
            lines = java.util.Arrays.copyOf(lines, count * 2);
            canonicalAt = java.util.Arrays.copyOf(canonicalAt, count * 2);
        }
        kinds[count] = (byte) kind.ordinal();
        starts[count] = s;
        ends[count] = e;
        lines[count] = currentLine;
        canonicalAt[count] = -1;
        count++;
    }

    /** A match written otherwise than as its plain ASCII run: {@code digits[ds, de)} is the plain form. */
    void addWritten(IdentifierKind kind, int s, int e, byte[] digits, int ds, int de) {
        add(kind, s, e);
        int n = de - ds;
        if (canonicalUsed + n + 1 > canonical.length) {
            canonical = java.util.Arrays.copyOf(canonical, Math.max(canonical.length * 2, canonicalUsed + n + 1));
        }
        canonical[canonicalUsed] = (byte) n;
        System.arraycopy(digits, ds, canonical, canonicalUsed + 1, n);
        canonicalAt[count - 1] = canonicalUsed;
        canonicalUsed += n + 1;
    }

    /** Whether match {@code m} is written otherwise than as a plain ASCII run (groups, prefix, full-width digits). */
    public boolean written(int match) {
        return canonicalAt[match] >= 0;
    }

    /** The plain form of match {@code m} (digits and X, no separators or prefix symbols); {@code b} is the scanned buffer. */
    public String plain(int match, byte[] b) {
        int at = canonicalAt[match];
        return at < 0 ? new String(b, starts[match], ends[match] - starts[match], java.nio.charset.StandardCharsets.UTF_8)
                : new String(canonical, at + 1, canonical[at], java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The birth date (yyyymmdd) of resident-ID match {@code m}; {@code b} is the scanned buffer. */
    public int birthDate(int match, byte[] b) {
        int at = canonicalAt[match];
        byte[] source = at < 0 ? b : canonical;
        int s = at < 0 ? starts[match] : at + 1;
        int n = at < 0 ? ends[match] - starts[match] : canonical[at];
        return n == 18 ? ResidentIdNumber.birthDate18(source, s) : ResidentIdNumber.birthDate15(source, s);
    }

    /** The physical line of match {@code i}, for {@link CsvIdentifierScan}. */
    long line(int match) {
        return lines[match];
    }

    void startMatches(long line) {
        count = 0;
        canonicalUsed = 0;
        currentLine = line;
    }

    long currentLine() {
        return currentLine;
    }

    void atLine(long line) {
        currentLine = line;
    }

    int matches() {
        return count;
    }

    /** Drops matches starting at or after {@code s}: they lie inside an e-mail address. */
    void dropFrom(int s) {
        while (count > 0 && starts[count - 1] >= s) {
            count--;
        }
    }

    static boolean isAlnum(byte c) {
        return (CLASS[c & 0xFF] & ALNUM) != 0;
    }
}
