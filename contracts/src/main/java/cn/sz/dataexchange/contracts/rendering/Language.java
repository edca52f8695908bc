package cn.sz.dataexchange.contracts.rendering;

import java.util.Arrays;
import java.util.Optional;

/** The languages a contract is rendered in. */
public enum Language {
    ZH("zh"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** BCP 47 tag, also the template file suffix. */
    public String tag() {
        return tag;
    }

    public static Optional<Language> fromTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }
}
