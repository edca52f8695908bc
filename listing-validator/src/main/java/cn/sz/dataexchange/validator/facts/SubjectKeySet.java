package cn.sz.dataexchange.validator.facts;

import cn.sz.dataexchange.validator.consent.SubjectKey;

/**
 * An open-addressing set of whole subject keys (all 32 bytes compared), 33 bytes per slot, no
 * objects. Keys that a seller supplies are not trusted to be random, so no key stands in for
 * another however its words are arranged.
 */
public final class SubjectKeySet {

    private long[] words;
    private boolean[] used;
    private int size;

    public SubjectKeySet(int expected) {
        int capacity = LongHashSet.capacityFor(expected);
        words = new long[capacity * 4];
        used = new boolean[capacity];
    }

    /** Adds {@code key}; true when it was not there yet. */
    public boolean add(SubjectKey key) {
        int mask = used.length - 1;
        int i = slot(key, mask);
        while (used[i]) {
            int w = i * 4;
            if (words[w] == key.w0() && words[w + 1] == key.w1() && words[w + 2] == key.w2() && words[w + 3] == key.w3()) {
                return false;
            }
            i = (i + 1) & mask;
        }
        put(i, key.w0(), key.w1(), key.w2(), key.w3());
        if (++size > used.length * 0.6) {
            grow();
        }
        return true;
    }

    public long size() {
        return size;
    }

    static int slot(SubjectKey key, int mask) {
        return (int) (LongHashing.mix(key.w0() ^ LongHashing.mix(key.w1() ^ LongHashing.mix(key.w2() ^ key.w3())))
                >>> 32) & mask;
    }

    private void put(int i, long w0, long w1, long w2, long w3) {
        int w = i * 4;
        words[w] = w0;
        words[w + 1] = w1;
        words[w + 2] = w2;
        words[w + 3] = w3;
        used[i] = true;
    }

    private void grow() {
        long[] oldWords = words;
        boolean[] oldUsed = used;
        words = new long[oldWords.length * 2];
        used = new boolean[oldUsed.length * 2];
        int mask = used.length - 1;
        for (int j = 0; j < oldUsed.length; j++) {
            if (oldUsed[j]) {
                int w = j * 4;
                SubjectKey key = new SubjectKey(oldWords[w], oldWords[w + 1], oldWords[w + 2], oldWords[w + 3]);
                int i = slot(key, mask);
                while (used[i]) {
                    i = (i + 1) & mask;
                }
                put(i, key.w0(), key.w1(), key.w2(), key.w3());
            }
        }
    }
}
