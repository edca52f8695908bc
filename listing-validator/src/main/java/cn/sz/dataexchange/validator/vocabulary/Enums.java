package cn.sz.dataexchange.validator.vocabulary;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Immutable enum sets that iterate in declaration order (so JSON output is deterministic) and
 * know their bit mask (so consent judgement costs no iteration). Sets for the same mask are shared.
 */
public final class Enums {

    private static final Map<Class<?>, Map<Long, Set<?>>> CACHE = new ConcurrentHashMap<>();

    private Enums() {
    }

    public static <E extends Enum<E>> Set<E> sortedSet(Collection<E> values, Class<E> type) {
        if (values instanceof Frozen<?> frozen && frozen.type == type) {
            @SuppressWarnings("unchecked")
            Set<E> same = (Set<E>) values;
            return same;
        }
        long bits = 0;
        if (values != null) {
            for (E e : values) {
                bits |= 1L << e.ordinal();
            }
        }
        return fromBits(bits, type);
    }

    /** The shared immutable set of the constants whose ordinals are set in {@code bits}. */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E>> Set<E> fromBits(long bits, Class<E> type) {
        Memo[] memo = MEMOS.get(type);
        int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> 56);
        Memo m = memo[slot];
        if (m != null && m.bits == bits) {
            return (Set<E>) m.set;
        }
        Set<E> set = (Set<E>) CACHE.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(bits, b -> new Frozen<>(type, b));
        memo[slot] = new Memo(bits, set);
        return set;
    }

    /** An immutable (bits, set) pair; a racy slot array of these is safe to share. */
    private record Memo(long bits, Set<?> set) {
    }

    private static final ClassValue<Memo[]> MEMOS = new ClassValue<>() {
        @Override
        protected Memo[] computeValue(Class<?> type) {
            return new Memo[256];
        }
    };

    /** Bit {@code ordinal} set for each member. */
    public static long bitsOf(Set<? extends Enum<?>> set) {
        if (set instanceof Frozen<?> frozen) {
            return frozen.bits;
        }
        long bits = 0;
        for (Enum<?> e : set) {
            bits |= 1L << e.ordinal();
        }
        return bits;
    }

    private static final class Frozen<E extends Enum<E>> extends AbstractSet<E> {

        private final Class<E> type;
        private final long bits;
        private final EnumSet<E> members;

        Frozen(Class<E> type, long bits) {
            this.type = type;
            this.bits = bits;
            this.members = EnumSet.noneOf(type);
            E[] constants = type.getEnumConstants();
            for (long b = bits; b != 0; b &= b - 1) {
                members.add(constants[Long.numberOfTrailingZeros(b)]);
            }
        }

        @Override
        public Iterator<E> iterator() {
            Iterator<E> it = members.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public E next() {
                    return it.next();
                }
            };
        }

        @Override
        public int size() {
            return members.size();
        }

        @Override
        public boolean contains(Object o) {
            return members.contains(o);
        }
    }
}
