package cn.sz.dataexchange.validator.identifiers;

import java.util.Locale;

/** Context words that make a Luhn-valid number outside the UnionPay range a bank card. */
public final class CardContext {

    private static final String[] COLUMN_WORDS = {"card", "卡", "account", "acct", "账号", "账户", "银行", "bank", "pan"};
    private static final int LOOK_BACK = 24;

    private CardContext() {
    }

    /** Whether a column name speaks of cards or accounts. */
    public static boolean inColumnName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : COLUMN_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "卡" or "card" appears in the few bytes before {@code s}. */
    static boolean wordBefore(byte[] b, int from, int s) {
        int lo = Math.max(from, s - LOOK_BACK);
        for (int i = s - 1; i >= lo; i--) {
            if (i + 2 < s && (b[i] & 0xFF) == 0xE5 && (b[i + 1] & 0xFF) == 0x8D && (b[i + 2] & 0xFF) == 0xA1) {
                return true;
            }
            if (i + 3 < s && (b[i] | 0x20) == 'c' && (b[i + 1] | 0x20) == 'a' && (b[i + 2] | 0x20) == 'r'
                    && (b[i + 3] | 0x20) == 'd') {
                return true;
            }
        }
        return false;
    }
}
