package cn.sz.dataexchange.validator.vocabulary;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable enum sets that iterate in declaration order, so JSON output is deterministic. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> Set<E> sortedSet(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(values);
        }
        return Collections.unmodifiableSet(set);
    }
}
