package cn.sz.dataexchange.api.catalog.application;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns text into search terms without a dictionary: runs of letters and digits of alphabetic
 * scripts become lower-cased words; Chinese (and other CJK) text, which has no spaces, becomes
 * single characters and overlapping pairs, the bigram scheme of Lucene's CJK analyser. A query
 * matches a document holding all of the query's terms (for a CJK run of two or more characters,
 * its pairs), so "气象数据" finds "深圳气象数据集", and "weather" finds "Weather, hourly".
 */
public final class SearchTerms {

    private static final int MAX_TERM = 64;

    private SearchTerms() {
    }

    /** Terms to index a document by. */
    public static Set<String> ofDocument(String text) {
        Set<String> terms = new LinkedHashSet<>();
        scan(text, terms, true);
        return terms;
    }

    /** Terms a query requires. */
    public static Set<String> ofQuery(String text) {
        Set<String> terms = new LinkedHashSet<>();
        scan(text, terms, false);
        return terms;
    }

    private static void scan(String text, Set<String> terms, boolean document) {
        if (text == null) {
            return;
        }
        String s = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isCjk(cp)) {
                int end = i;
                while (end < s.length() && isCjk(s.codePointAt(end))) {
                    end += Character.charCount(s.codePointAt(end));
                }
                cjk(s.substring(i, end), terms, document);
                i = end;
            } else if (Character.isLetterOrDigit(cp)) {
                int end = i;
                while (end < s.length() && Character.isLetterOrDigit(s.codePointAt(end)) && !isCjk(s.codePointAt(end))) {
                    end += Character.charCount(s.codePointAt(end));
                }
                String word = s.substring(i, end);
                terms.add(word.length() > MAX_TERM ? word.substring(0, MAX_TERM) : word);
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    private static void cjk(String run, Set<String> terms, boolean document) {
        int[] cps = run.codePoints().toArray();
        if (document || cps.length == 1) {
            for (int cp : cps) {
                terms.add(new String(Character.toChars(cp)));
            }
        }
        for (int k = 0; k + 1 < cps.length; k++) {
            terms.add(new String(cps, k, 2));
        }
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
