package cn.sz.dataexchange.validator.memory;

import cn.sz.dataexchange.validator.consent.SubjectKey;

import java.util.Arrays;

/** Growable parallel arrays holding consent records column by column. */
final class RecordColumns {

    private long[] keys;
    private long[] purposes;
    private long[] categories;
    private byte[] flags;
    private long[] given;
    private long[] expires;
    private long[] withdrawn;
    private int[] notices;
    private byte[] evidence;
    private int size;

    RecordColumns(int capacity) {
        int c = Math.max(16, capacity);
        keys = new long[c * 4];
        purposes = new long[c];
        categories = new long[c];
        flags = new byte[c];
        given = new long[c];
        expires = new long[c];
        withdrawn = new long[c];
        notices = new int[c];
        evidence = new byte[c * 32];
    }

    int append(SubjectKey key, long purposeBits, long categoryBits, byte flag, long givenAt, long expiresAt,
               long withdrawnAt, int notice, byte[] evidenceHash) {
        if (size == purposes.length) {
            grow();
        }
        int i = size++;
        keys[i * 4] = key.w0();
        keys[i * 4 + 1] = key.w1();
        keys[i * 4 + 2] = key.w2();
        keys[i * 4 + 3] = key.w3();
        purposes[i] = purposeBits;
        categories[i] = categoryBits;
        flags[i] = flag;
        given[i] = givenAt;
        expires[i] = expiresAt;
        withdrawn[i] = withdrawnAt;
        notices[i] = notice;
        if (evidenceHash != null) {
            System.arraycopy(evidenceHash, 0, evidence, i * 32, Math.min(32, evidenceHash.length));
        }
        return i;
    }

    int size() {
        return size;
    }

    long keyWord(int i) {
        return keys[i * 4];
    }

    boolean keyEquals(int i, SubjectKey k) {
        int o = i * 4;
        return keys[o] == k.w0() && keys[o + 1] == k.w1() && keys[o + 2] == k.w2() && keys[o + 3] == k.w3();
    }

    long purposes(int i) {
        return purposes[i];
    }

    long categories(int i) {
        return categories[i];
    }

    byte flags(int i) {
        return flags[i];
    }

    long given(int i) {
        return given[i];
    }

    long expires(int i) {
        return expires[i];
    }

    long withdrawn(int i) {
        return withdrawn[i];
    }

    int notice(int i) {
        return notices[i];
    }

    byte[] evidence(int i) {
        return Arrays.copyOfRange(evidence, i * 32, i * 32 + 32);
    }

    private void grow() {
        int c = purposes.length * 2;
        keys = Arrays.copyOf(keys, c * 4);
        purposes = Arrays.copyOf(purposes, c);
        categories = Arrays.copyOf(categories, c);
        flags = Arrays.copyOf(flags, c);
        given = Arrays.copyOf(given, c);
        expires = Arrays.copyOf(expires, c);
        withdrawn = Arrays.copyOf(withdrawn, c);
        notices = Arrays.copyOf(notices, c);
        evidence = Arrays.copyOf(evidence, c * 32);
    }
}
