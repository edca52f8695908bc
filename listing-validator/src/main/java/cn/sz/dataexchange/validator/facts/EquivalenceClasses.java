package cn.sz.dataexchange.validator.facts;

/**
 * Equivalence classes over quasi-identifiers, keyed by a 64-bit hash of their values: size,
 * first line and number of distinct sensitive values per class, in parallel open-addressing arrays.
 */
final class EquivalenceClasses {

    private long[] keys;
    private int[] sizes;
    private int[] distinct;
    private long[] firstLines;
    private int used;

    EquivalenceClasses(int expected) {
        int capacity = LongHashSet.capacityFor(expected);
        keys = new long[capacity];
        sizes = new int[capacity];
        distinct = new int[capacity];
        firstLines = new long[capacity];
    }

    /** Counts one row of class {@code key} (never 0); returns the slot. */
    int add(long key, long line) {
        int slot = slotOf(key);
        if (sizes[slot] == 0) {
            keys[slot] = key;
            firstLines[slot] = line;
            if (++used > keys.length * 0.6) {
                grow();
                slot = slotOf(key);
            }
        }
        sizes[slot]++;
        return slot;
    }

    void addDistinctSensitiveValue(long key) {
        distinct[slotOf(key)]++;
    }

    int capacity() {
        return keys.length;
    }

    int size(int slot) {
        return sizes[slot];
    }

    int distinct(int slot) {
        return distinct[slot];
    }

    long firstLine(int slot) {
        return firstLines[slot];
    }

    long classes() {
        return used;
    }

    private int slotOf(long key) {
        int mask = keys.length - 1;
        int i = LongHashing.spread(key) & mask;
        while (sizes[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSizes = sizes;
        int[] oldDistinct = distinct;
        long[] oldLines = firstLines;
        int capacity = oldKeys.length * 2;
        keys = new long[capacity];
        sizes = new int[capacity];
        distinct = new int[capacity];
        firstLines = new long[capacity];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldSizes[j] != 0) {
                int i = slotOf(oldKeys[j]);
                keys[i] = oldKeys[j];
                sizes[i] = oldSizes[j];
                distinct[i] = oldDistinct[j];
                firstLines[i] = oldLines[j];
            }
        }
    }
}
