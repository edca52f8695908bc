package cn.sz.dataexchange.validator.memory;

import cn.sz.dataexchange.validator.consent.SubjectKey;

import java.util.Arrays;

/**
 * Consent records packed row by row into one long array, 14 longs (112 bytes) each, so that a
 * lookup touches two cache lines: key (4), purposes, categories, given, expires, withdrawn,
 * flags and notice index, evidence hash (4).
 */
final class RecordSlab {

    static final int STRIDE = 14;
    private static final int PURPOSES = 4;
    private static final int CATEGORIES = 5;
    private static final int GIVEN = 6;
    private static final int EXPIRES = 7;
    private static final int WITHDRAWN = 8;
    private static final int FLAGS = 9;
    private static final int EVIDENCE = 10;

    private long[] data;
    private int size;

    RecordSlab(int capacity) {
        data = new long[Math.max(16, capacity) * STRIDE];
    }

    int append(SubjectKey key, long purposes, long categories, int flags, int notice, long given, long expires,
               long withdrawn, long[] evidence) {
        if ((size + 1) * (long) STRIDE > data.length) {
            long grown = Math.min((long) data.length * 2, (Integer.MAX_VALUE - 8) / STRIDE * (long) STRIDE);
            if (grown <= data.length) {
                throw new IllegalStateException("the in-memory ledger is full");
            }
            data = Arrays.copyOf(data, (int) grown);
        }
        int o = size * STRIDE;
        data[o] = key.w0();
        data[o + 1] = key.w1();
        data[o + 2] = key.w2();
        data[o + 3] = key.w3();
        data[o + PURPOSES] = purposes;
        data[o + CATEGORIES] = categories;
        data[o + GIVEN] = given;
        data[o + EXPIRES] = expires;
        data[o + WITHDRAWN] = withdrawn;
        data[o + FLAGS] = (flags & 0xFFL) | ((long) notice << 8);
        if (evidence != null) {
            System.arraycopy(evidence, 0, data, o + EVIDENCE, 4);
        }
        return size++;
    }

    int size() {
        return size;
    }

    long word(int i, int field) {
        return data[i * STRIDE + field];
    }

    boolean keyEquals(int i, SubjectKey k) {
        int o = i * STRIDE;
        return data[o] == k.w0() && data[o + 1] == k.w1() && data[o + 2] == k.w2() && data[o + 3] == k.w3();
    }

    long purposes(int i) {
        return word(i, PURPOSES);
    }

    long categories(int i) {
        return word(i, CATEGORIES);
    }

    long given(int i) {
        return word(i, GIVEN);
    }

    long expires(int i) {
        return word(i, EXPIRES);
    }

    long withdrawn(int i) {
        return word(i, WITHDRAWN);
    }

    int flags(int i) {
        return (int) (word(i, FLAGS) & 0xFF);
    }

    int notice(int i) {
        return (int) (word(i, FLAGS) >> 8);
    }

    long evidence(int i, int part) {
        return word(i, EVIDENCE + part);
    }
}
