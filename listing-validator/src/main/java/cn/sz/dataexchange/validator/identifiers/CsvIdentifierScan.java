package cn.sz.dataexchange.validator.identifiers;

/**
 * The identifier scan fused with CSV structure: one pass over the bytes both follows quoting,
 * separators and line breaks and finds identifiers, so a scan-only run reads every byte once.
 * Callers feed chunks that end just after a line break (identifiers never span one) and keep the
 * bytes from {@link Cursor#fieldStart} when they move the window. Lenient where the row reader is
 * strict: a quote inside an unquoted field is data, text after a closing quote is accepted.
 */
public final class CsvIdentifierScan {

    private static final byte OTHER = 0;
    private static final byte DIGIT = 1;
    private static final byte ALNUM = 1 | 2 | 4;
    private static final byte AT = 8;
    private static final byte COMMA = 16;
    private static final byte QUOTE = 32;
    private static final byte NEWLINE = 64;
    private static final byte WIDE = (byte) 128;
    /** The lead byte of a three-byte UTF-8 sequence other than a full-width form (CJK text). */
    private static final byte LEAD3 = 8 | 16;
    private static final byte[] CLASS = new byte[256];

    static {
        for (int c = '0'; c <= '9'; c++) {
            CLASS[c] = DIGIT;
        }
        for (int c = 'A'; c <= 'Z'; c++) {
            CLASS[c] = 2;
        }
        for (int c = 'a'; c <= 'z'; c++) {
            CLASS[c] = 4;
        }
        CLASS['@'] = AT;
        CLASS[','] = COMMA;
        CLASS['"'] = QUOTE;
        CLASS['\n'] = NEWLINE;
        for (int c = 0xE0; c < 0xEF; c++) {
            CLASS[c] = LEAD3;
        }
        CLASS[0xEF] = WIDE;
    }

    /** Where the scan stands between chunks. */
    public static final class Cursor {
        public long line;
        public int column;
        public int fieldStart;
        public boolean inQuote;
        public boolean[] cardColumns = new boolean[0];

        public Cursor(long line, int fieldStart) {
            this.line = line;
            this.fieldStart = fieldStart;
        }

        boolean cardColumn() {
            return column < cardColumns.length && cardColumns[column];
        }
    }

    /** Receives identifiers with their physical line and column index; the bytes are valid during the call only. */
    public interface Emit {
        void found(long line, int column, IdentifierKind kind, byte[] buf, int start, int end);
    }

    private final IdentifierScanner scanner;

    public CsvIdentifierScan(IdentifierScanner scanner) {
        this.scanner = scanner;
    }

    /** Scans {@code b[from, to)}; {@code to} is just after a line break or the end of the asset. */
    public void scan(byte[] b, int from, int to, Cursor k, Emit emit) {
        scanner.startMatches(k.line);
        int i = from;
        while (i < to) {
            byte c = CLASS[b[i] & 0xFF];
            if (c == OTHER) {
                i++;
                continue;
            }
            if (c == LEAD3) {
                i += i + 2 < to && (b[i + 1] & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80 ? 3 : 1;
                continue;
            }
            if ((c & ALNUM) != 0) {
                int s = i;
                int kinds = c;
                i++;
                if (c == DIGIT) {
                    while (i < to && b[i] >= '0' && b[i] <= '9') {
                        i++;
                    }
                }
                while (i < to && ((c = CLASS[b[i] & 0xFF]) & ALNUM) != 0) {
                    kinds |= c;
                    i++;
                }
                if (kinds == DIGIT && (c <= OTHER || s > k.fieldStart && CLASS[b[s - 1] & 0xFF] == OTHER)
                        && WrittenNumbers.mayContinue(b, k.fieldStart, to, s, i)) {
                    int next = scanner.onWrittenNumber(b, k.fieldStart, to, s, k.cardColumn());
                    if (next > 0) {
                        i = next;
                        continue;
                    }
                }
                if (IdentifierScanner.mayBeIdentifier(b, s, i - s, kinds != DIGIT)) {
                    int next = scanner.onRun(b, k.fieldStart, to, s, i, kinds != DIGIT, k.cardColumn());
                    if (next > i) {
                        i = next;
                    }
                }
                continue;
            }
            switch (c) {
                case AT -> i = EmailAddress.scanAt(scanner, b, k.fieldStart, to, i);
                case WIDE -> i = scanner.onFullWidth(b, k.fieldStart, to, i, k.cardColumn());
                case COMMA -> {
                    if (!k.inQuote) {
                        flush(b, k.column, emit);
                        k.column++;
                        k.fieldStart = i + 1;
                    }
                    i++;
                }
                case QUOTE -> {
                    if (k.inQuote) {
                        if (i + 1 < to && b[i + 1] == '"') {
                            i += 2;
                            continue;
                        }
                        k.inQuote = false;
                    } else if (i == k.fieldStart) {
                        k.inQuote = true;
                        k.fieldStart = i + 1;
                    }
                    i++;
                }
                default -> {
                    k.line++;
                    if (!k.inQuote) {
                        flush(b, k.column, emit);
                        k.column = 0;
                        k.fieldStart = i + 1;
                    }
                    scanner.atLine(k.line);
                    i++;
                }
            }
        }
        flush(b, k.column, emit);
    }

    private void flush(byte[] b, int column, Emit emit) {
        int n = scanner.matches();
        for (int m = 0; m < n; m++) {
            emit.found(scanner.line(m), column, scanner.kind(m), b, scanner.start(m), scanner.end(m));
        }
        scanner.startMatches(scanner.currentLine());
    }
}
