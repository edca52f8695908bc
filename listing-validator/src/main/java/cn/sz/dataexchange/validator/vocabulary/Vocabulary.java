package cn.sz.dataexchange.validator.vocabulary;

import java.util.Arrays;
import java.util.List;

/** The vocabulary sellers and consent systems must use, in a stable order. */
public final class Vocabulary {

    private Vocabulary() {
    }

    public static List<VocabularyTerm> purposes() {
        return Arrays.stream(Purpose.values())
                .map(p -> new VocabularyTerm(p.name(), p.description(), null, false, false))
                .toList();
    }

    public static List<VocabularyTerm> dataCategories() {
        return Arrays.stream(DataCategory.values())
                .map(c -> new VocabularyTerm(c.name(), c.description(), c.standardGroup(), c.sensitive(), c.biometric()))
                .toList();
    }
}
