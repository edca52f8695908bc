package cn.sz.dataexchange.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.catalog.application.SearchTerms;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Words for alphabetic text, characters and pairs for Chinese; a query's terms are in every document containing it. */
class SearchTermsTest {

    @Test
    void alphabetic_text_becomes_lower_cased_words() {
        assertThat(SearchTerms.ofDocument("Hourly WEATHER, Shenzhen-2026")).containsExactly("hourly", "weather", "shenzhen", "2026");
    }

    @Test
    void chinese_text_becomes_characters_and_pairs_and_a_query_asks_for_its_pairs() {
        assertThat(SearchTerms.ofDocument("气象数据")).contains("气", "象", "数", "据", "气象", "象数", "数据");
        assertThat(SearchTerms.ofQuery("气象数据")).containsExactly("气象", "象数", "数据");
        assertThat(SearchTerms.ofQuery("象")).containsExactly("象");
    }

    @Test
    void mixed_text_splits_at_script_boundaries() {
        assertThat(SearchTerms.ofDocument("深圳GPS轨迹")).contains("深圳", "gps", "轨迹");
    }

    static Stream<Integer> seeds() {
        return IntStream.range(0, 50).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void any_substring_query_of_a_document_finds_it(int seed) {
        Random random = new Random(seed);
        String alphabet = "深圳气象数据交通轨迹信用金融医疗 abcdefg xyz";
        StringBuilder doc = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            doc.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String text = doc.toString();
        int from = random.nextInt(text.length());
        int to = from + 1 + random.nextInt(text.length() - from);
        String query = text.substring(from, to);
        Set<String> documentTerms = SearchTerms.ofDocument(text);
        Set<String> queryTerms = SearchTerms.ofQuery(query);
        // Latin words cut in the middle are whole-word matches only; restrict to CJK-only queries for containment.
        if (query.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            assertThat(documentTerms).containsAll(queryTerms);
        }
    }
}
