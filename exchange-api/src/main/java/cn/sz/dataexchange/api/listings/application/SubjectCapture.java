package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.validator.consent.SubjectKey;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;

/**
 * Hears the subject keys the validator looks up (each distinct subject of the asset once) and keeps
 * their 64-bit prefixes, 8 bytes per subject (the validator's own de-duplication set costs as much).
 * At the end they are stored sorted with the run; the subject index gets them when the version goes
 * on sale. Confined to the validation worker thread.
 */
final class SubjectCapture {

    private long[] prefixes = new long[1 << 14];
    private int size;

    void seen(Collection<SubjectKey> keys) {
        for (SubjectKey key : keys) {
            if (size == prefixes.length) {
                prefixes = Arrays.copyOf(prefixes, prefixes.length * 2);
            }
            prefixes[size++] = key.w0();
        }
    }

    /** The prefixes seen, sorted and without repeats, as big-endian longs. */
    byte[] sortedPrefixes() {
        long[] sorted = Arrays.copyOf(prefixes, size);
        Arrays.sort(sorted);
        ByteBuffer out = ByteBuffer.allocate(size * Long.BYTES);
        long previous = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != previous) {
                out.putLong(sorted[i]);
            }
            previous = sorted[i];
        }
        return Arrays.copyOf(out.array(), out.position());
    }

    static long[] read(byte[] sortedPrefixes) {
        ByteBuffer in = ByteBuffer.wrap(sortedPrefixes);
        long[] out = new long[sortedPrefixes.length / Long.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.getLong();
        }
        return out;
    }
}
