package cn.sz.dataexchange.validator.identifiers;

/**
 * Numbers as people write them (ADR 0027): groups of ASCII or full-width digits joined by single
 * spaces, hyphens or dots ({@code 138 1234 5678}, {@code 6222-0212-3456-7890-123},
 * {@code 110105 19491231 002X}), a country prefix before a mobile number ({@code +86}, {@code 0086},
 * {@code (+86)}), and full-width digits with a full-width {@code Ｘ}. A chain of groups is read as
 * a whole, its digits normalised to ASCII, and judged only when its group lengths form one of the
 * {@link #LAYOUTS}; the digits then pass the same checks as an unbroken run. A chain that forms no
 * layout is judged group by group, as unbroken runs are, so a date, an amount, a time stamp or a
 * list of numbers never joins into an identifier. Not thread-safe: one per {@link IdentifierScanner}.
 */
final class WrittenNumbers {

    /** Group lengths of the grouped forms (an {@code X} counted in its group). */
    private static final int[][] LAYOUTS = {
            {3, 4, 4}, {6, 8, 4}, {6, 4, 4, 4}, {6, 6, 3},
            {4, 4, 4, 4}, {4, 4, 4, 4, 1}, {4, 4, 4, 4, 2}, {4, 4, 4, 4, 3},
    };
    private static final int CHAIN = 0;
    private static final int GROUP = 1;
    private static final int AT_FULL_WIDTH = 2;
    private static final int MAX_GROUPS = 8;
    private static final int MAX_DIGITS = 24;
    /** Group lengths (four bits each, at most five groups) that begin, or are, a layout. */
    private static final java.util.BitSet BEGINS_LAYOUT = new java.util.BitSet(1 << 20);
    private static final java.util.BitSet IS_LAYOUT = new java.util.BitSet(1 << 20);
    /** What may follow a digit run that starts a written form, and what may stand before it. */
    private static final boolean[] NEXT = new boolean[256];
    private static final boolean[] BEFORE = new boolean[256];

    static {
        for (int[] layout : LAYOUTS) {
            int code = 0;
            for (int length : layout) {
                code = code << 4 | length;
                BEGINS_LAYOUT.set(code);
            }
            IS_LAYOUT.set(code);
        }
        for (int c : new int[] {' ', '-', '.', 0xEF}) {
            NEXT[c] = true;
        }
        for (int c : new int[] {'+', '(', 0x8B, 0x88}) {
            BEFORE[c] = true;
        }
    }

    private final IdentifierScanner scanner;
    private final int todayYmd;
    private final byte[] digits = new byte[MAX_DIGITS + 2];
    private final int[] lengths = new int[MAX_GROUPS];
    private final int[] groupStart = new int[MAX_GROUPS];
    private final int[] groupEnd = new int[MAX_GROUPS];
    private final byte[] separators = new byte[MAX_GROUPS];
    private int groups;
    private int shape;
    private int count;
    private int plusAt;
    private int parenAt;
    private boolean closedPrefix;

    WrittenNumbers(IdentifierScanner scanner, int todayYmd) {
        this.scanner = scanner;
        this.todayYmd = todayYmd;
    }

    /** Whether a chain may start at {@code s}: it is not a later group of a chain that started before it. */
    static boolean startsChain(byte[] b, int from, int s) {
        if (s - 2 < from || !isSeparator(b[s - 1])) {
            return true;
        }
        byte before = b[s - 2];
        return !(before >= '0' && before <= '9' || s - 4 >= from && FullWidth.digitAt(b, s - 4, s - 1) >= 0);
    }

    /**
     * Whether a run of ASCII digits {@code [s, e)} may begin a written form: a prefix symbol before
     * it, full-width digits after it, or a separator after a first group whose length begins a
     * layout. Loop-free and small, as it sits in the scan's innermost loop; {@link #read} does the rest.
     */
    static boolean mayContinue(byte[] b, int from, int to, int s, int e) {
        if (s > from && BEFORE[b[s - 1] & 0xFF]) {
            return true;
        }
        if (e >= to || !NEXT[b[e] & 0xFF]) {
            return false;
        }
        int first = e - s;
        if (b[e] == (byte) 0xEF) {
            return true;
        }
        return (first == 3 || first == 4 || first == 6) && nextGroupFits(b, to, s, e, first);
    }

    /**
     * The one peek behind a separator at {@code e}: false only when the next group is plain ASCII
     * digits whose length cannot follow a first group of {@code first} digits in any layout (and the
     * first group is no {@code 0086}), which {@link #read} would give up on without a match; dates,
     * times and amounts stop here. Anything else (full-width bytes, a letter, no digit) is left to it.
     */
    private static boolean nextGroupFits(byte[] b, int to, int s, int e, int first) {
        int q = e + 1;
        int limit = Math.min(to, q + 16);
        int p = q;
        while (p < limit && b[p] >= '0' && b[p] <= '9') {
            p++;
        }
        if (p == limit || p == q || IdentifierScanner.isAlnum(b[p]) || b[p] < 0) {
            return true;
        }
        int n = p - q;
        if (BEGINS_LAYOUT.get(first << 4 | n)) {
            return true;
        }
        return first == 4 && b[s] == '0' && b[s + 1] == '0' && b[s + 2] == '8' && b[s + 3] == '6';
    }

    static boolean isSeparator(byte c) {
        return c == ' ' || c == '-' || c == '.';
    }

    /**
     * Reads the chain of digit groups starting at {@code s} and records the identifier it forms.
     * Returns where scanning continues when it recorded something or judged full-width groups
     * itself, or -1 when the caller should judge the run at {@code s} as an unbroken run.
     */
    int read(byte[] b, int from, int to, int s, boolean cardContext) {
        return read(b, from, to, s, cardContext, CHAIN);
    }

    /**
     * At the byte {@code 0xEF} at {@code i}: a full-width digit starts a number in full-width or
     * mixed digits, read as a written form; returns where scanning continues.
     */
    int atFullWidth(byte[] b, int from, int to, int i, boolean cardContext) {
        return read(b, from, to, i, cardContext, AT_FULL_WIDTH);
    }

    /**
     * The one entry of the slow path, kept as one large method so that the JIT leaves it out of the
     * scan's inner loop (inlined, the full-width entry cost the whole scan about a tenth).
     */
    private int read(byte[] b, int from, int to, int s, boolean cardContext, int entry) {
        boolean chain = entry == CHAIN;
        if (entry == AT_FULL_WIDTH) {
            if (FullWidth.digitAt(b, s, to) < 0) {
                return s + 1;
            }
            if (s > from && IdentifierScanner.isAlnum(b[s - 1]) || s - 3 >= from && FullWidth.letterAt(b, s - 3, s)) {
                return skipGlued(b, s, to);
            }
            if (startsChain(b, from, s)) {
                int next = read(b, from, to, s, cardContext, CHAIN);
                if (next > s) {
                    return next;
                }
            }
            int end = read(b, from, to, s, cardContext, GROUP);
            return end > s ? end : s + 1;
        }
        if (chain) {
            prefixOpener(b, from, to, s);
        } else {
            clearPrefix();
        }
        boolean anyWide = false;
        groups = 0;
        shape = 0;
        count = 0;
        closedPrefix = false;
        int p = s;
        while (true) {
            int g = groups;
            int before = count;
            boolean groupWide = false;
            groupStart[g] = p;
            while (p < to && count < MAX_DIGITS) {
                byte c = b[p];
                if (c >= '0' && c <= '9') {
                    digits[count++] = c;
                    p++;
                    continue;
                }
                int d = FullWidth.digitAt(b, p, to);
                if (d < 0) {
                    break;
                }
                digits[count++] = (byte) ('0' + d);
                groupWide = true;
                p += 3;
            }
            anyWide |= groupWide;
            if (count == MAX_DIGITS) {
                return giveUp(b, from, cardContext, anyWide, skipDigits(b, p, to));
            }
            int x = checkLetterAt(b, p, to);
            if (x > 0) {
                digits[count++] = 'X';
                p += x;
            }
            if (p < to && (IdentifierScanner.isAlnum(b[p]) || FullWidth.letterAt(b, p, to))) {
                count = before;
                if (g == 0) {
                    return anyWide ? skipGlued(b, p, to) : -1;
                }
                break;
            }
            lengths[g] = count - before;
            groupEnd[g] = p;
            groups++;
            shape = groups > 5 ? -1 : shape << 4 | Math.min(lengths[g], 15);
            if (x > 0 || groups == MAX_GROUPS || !chain) {
                break;
            }
            int next = continuation(b, to, p, g);
            if (next < 0) {
                break;
            }
            if (!anyWide && !feasible()) {
                return -1;
            }
            p = next;
        }
        if (chain && judgeChain(b, from, s, cardContext)) {
            return groupEnd[groups - 1];
        }
        return giveUp(b, from, cardContext, anyWide, groupEnd[groups - 1]);
    }

    /** Where the next group starts after group {@code g} ending at {@code p}, or -1. */
    private int continuation(byte[] b, int to, int p, int g) {
        separators[g + 1] = 0;
        if (g == 0 && parenAt >= 0 && p < to) {
            int q = b[p] == ')' ? p + 1 : FullWidth.is(b, p, to, (byte) 0xBC, (byte) 0x89) ? p + 3 : -1;
            if (q > 0) {
                if (q < to && isSeparator(b[q])) {
                    separators[1] = b[q];
                    q++;
                }
                if (q < to && isDigitAt(b, q, to)) {
                    closedPrefix = true;
                    return q;
                }
                return -1;
            }
        }
        if (p + 1 < to && isSeparator(b[p]) && isDigitAt(b, p + 1, to)) {
            separators[g + 1] = b[p];
            return p + 1;
        }
        return -1;
    }

    /** Whether the groups read so far can still grow into a layout. */
    private boolean feasible() {
        if (countryPrefix() || groups == 1 && lengths[0] == 2 && (parenAt >= 0 || plusAt >= 0)) {
            return true;
        }
        return shape >= 0 && BEGINS_LAYOUT.get(shape);
    }

    private boolean judgeChain(byte[] b, int from, int s, boolean cardContext) {
        int end = groupEnd[groups - 1];
        if (groups > 1 && countryPrefix()) {
            int first = lengths[0];
            if (mobileBody() && MobileNumber.isValid(digits, first)) {
                scanner.addWritten(IdentifierKind.MOBILE, prefixStart(s), end,
                        digits, first, count);
                return true;
            }
            return false;
        }
        if (closedPrefix || !sameSeparators()) {
            return false;
        }
        IdentifierKind kind = groups == 1 ? unbroken(b, from, 0, 0, cardContext) : grouped(b, from, s, cardContext);
        if (kind == null) {
            return false;
        }
        boolean withPlus = kind == IdentifierKind.MOBILE && plusAt >= 0 && lengths[0] == 13;
        scanner.addWritten(kind, withPlus ? plusAt : s, end, digits, 0, count);
        return true;
    }

    /** Where a country prefix's written form starts: its opening parenthesis when closed, its plus, or its digits. */
    private int prefixStart(int s) {
        return closedPrefix ? parenAt : plusAt >= 0 ? plusAt : s;
    }

    /** {@code 86} after a {@code +} or inside parentheses, or {@code 0086}. */
    private boolean countryPrefix() {
        boolean cc86 = lengths[0] == 2 && digits[0] == '8' && digits[1] == '6' && (plusAt >= 0 || closedPrefix);
        boolean cc0086 = lengths[0] == 4 && digits[0] == '0' && digits[1] == '0' && digits[2] == '8' && digits[3] == '6';
        return cc86 || cc0086;
    }

    /** After the country prefix: 11 digits unbroken, or 3-4-4 with one separator. */
    private boolean mobileBody() {
        if (digits[count - 1] == 'X' || count - lengths[0] != 11) {
            return false;
        }
        int body = groups - 1;
        return body == 1 || body == 3 && lengths[1] == 3 && lengths[2] == 4 && separators[2] == separators[3];
    }

    private boolean sameSeparators() {
        for (int g = 2; g < groups; g++) {
            if (separators[g] != separators[1]) {
                return false;
            }
        }
        return true;
    }

    /** A chain of several groups: one of {@link #LAYOUTS}, then the checks of its kind. */
    private IdentifierKind grouped(byte[] b, int from, int s, boolean cardContext) {
        if (shape < 0 || !IS_LAYOUT.get(shape)) {
            return null;
        }
        boolean x = digits[count - 1] == 'X';
        if (lengths[0] == 6) {
            return count == 18 ? (ResidentIdNumber.isValid18(digits, 0, todayYmd) ? IdentifierKind.RESIDENT_ID : null)
                    : !x && ResidentIdNumber.isValidLegacy15(digits, 0, todayYmd) ? IdentifierKind.RESIDENT_ID : null;
        }
        if (x) {
            return null;
        }
        if (lengths[0] == 3) {
            return MobileNumber.isValid(digits, 0) ? IdentifierKind.MOBILE : null;
        }
        return isCard(b, from, s, 0, count, cardContext) ? IdentifierKind.BANK_CARD : null;
    }

    /** Group {@code g} (its digits from {@code ds}) judged as an unbroken run, with the checks of {@link IdentifierScanner}. */
    private IdentifierKind unbroken(byte[] b, int from, int g, int ds, boolean cardContext) {
        int n = lengths[g];
        if (digits[ds + n - 1] == 'X') {
            return n != 18 ? null : ResidentIdNumber.isValid18(digits, ds, todayYmd) ? IdentifierKind.RESIDENT_ID
                    : CreditCode.isValid(digits, ds) ? IdentifierKind.CREDIT_CODE : null;
        }
        return switch (n) {
            case 11 -> MobileNumber.isValid(digits, ds) ? IdentifierKind.MOBILE : null;
            case 13 -> digits[ds] == '8' && digits[ds + 1] == '6' && MobileNumber.isValid(digits, ds + 2)
                    ? IdentifierKind.MOBILE : null;
            case 15 -> ResidentIdNumber.isValidLegacy15(digits, ds, todayYmd) ? IdentifierKind.RESIDENT_ID : null;
            case 18 -> ResidentIdNumber.isValid18(digits, ds, todayYmd) ? IdentifierKind.RESIDENT_ID
                    : CreditCode.isValid(digits, ds) ? IdentifierKind.CREDIT_CODE
                    : isCard(b, from, groupStart[g], ds, ds + n, cardContext) ? IdentifierKind.BANK_CARD : null;
            case 16, 17, 19 -> isCard(b, from, groupStart[g], ds, ds + n, cardContext) ? IdentifierKind.BANK_CARD : null;
            default -> null;
        };
    }

    private boolean isCard(byte[] b, int from, int s, int ds, int de, boolean cardContext) {
        boolean named = digits[ds] == '6' && digits[ds + 1] == '2' || cardContext || CardContext.wordBefore(b, from, s);
        return named && LuhnCheck.isValid(digits, ds, de);
    }

    /**
     * The chain forms no layout. Without full-width digits the caller judges its runs as usual;
     * with them, each group is judged here on its own and scanning continues at {@code end}.
     */
    private int giveUp(byte[] b, int from, boolean cardContext, boolean anyWide, int end) {
        if (!anyWide) {
            return -1;
        }
        int ds = 0;
        for (int g = 0; g < groups; g++) {
            IdentifierKind kind = unbroken(b, from, g, ds, cardContext);
            if (kind != null) {
                scanner.addWritten(kind, groupStart[g], groupEnd[g], digits, ds, ds + lengths[g]);
            }
            ds += lengths[g];
        }
        return end;
    }

    private void clearPrefix() {
        plusAt = -1;
        parenAt = -1;
    }

    private static int skipDigits(byte[] b, int p, int to) {
        while (p < to) {
            if (b[p] >= '0' && b[p] <= '9') {
                p++;
            } else if (FullWidth.digitAt(b, p, to) >= 0) {
                p += 3;
            } else {
                break;
            }
        }
        return p;
    }

    /** A full-width number glued to letters is skipped whole, as an ASCII run glued to letters is. */
    private static int skipGlued(byte[] b, int p, int to) {
        while (p < to) {
            if (IdentifierScanner.isAlnum(b[p])) {
                p++;
            } else if (FullWidth.letterAt(b, p, to) || FullWidth.digitAt(b, p, to) >= 0) {
                p += 3;
            } else {
                break;
            }
        }
        return p;
    }

    /** Notes a {@code +}, {@code (+} or {@code (} (ASCII or full-width) just before {@code s}. */
    private void prefixOpener(byte[] b, int from, int to, int s) {
        int p = s;
        plusAt = -1;
        parenAt = -1;
        if (p - 1 >= from && b[p - 1] == '+') {
            plusAt = --p;
        } else if (p - 3 >= from && FullWidth.is(b, p - 3, to, (byte) 0xBC, (byte) 0x8B)) {
            p -= 3;
            plusAt = p;
        }
        if (p - 1 >= from && b[p - 1] == '(') {
            parenAt = p - 1;
        } else if (p - 3 >= from && FullWidth.is(b, p - 3, to, (byte) 0xBC, (byte) 0x88)) {
            parenAt = p - 3;
        }
    }

    /** 1 or 3 when an ASCII or full-width X (or x) ends the group at {@code p}, else 0. */
    private static int checkLetterAt(byte[] b, int p, int to) {
        if (p >= to) {
            return 0;
        }
        if (b[p] == 'X' || b[p] == 'x') {
            return 1;
        }
        return FullWidth.is(b, p, to, (byte) 0xBC, (byte) 0xB8) || FullWidth.is(b, p, to, (byte) 0xBD, (byte) 0x98) ? 3 : 0;
    }

    private static boolean isDigitAt(byte[] b, int p, int to) {
        return b[p] >= '0' && b[p] <= '9' || FullWidth.digitAt(b, p, to) >= 0;
    }
}
