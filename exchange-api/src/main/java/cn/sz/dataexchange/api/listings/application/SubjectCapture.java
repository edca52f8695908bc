package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.validator.consent.SubjectKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;

/**
 * Hears the subject keys the validator looks up (each distinct subject of the asset once) and
 * records their 64-bit prefixes in the subject index in large batches. Runs on the validation
 * worker thread and blocks there.
 */
final class SubjectCapture {

    private static final Duration WRITE_TIMEOUT = Duration.ofMinutes(1);

    private final SubjectIndex index;
    private final long versionRef;
    private final long[] buffer;
    private int size;
    private long total;

    SubjectCapture(SubjectIndex index, long versionRef, int batch) {
        this.index = index;
        this.versionRef = versionRef;
        this.buffer = new long[batch];
    }

    void seen(Collection<SubjectKey> keys) {
        for (SubjectKey key : keys) {
            buffer[size++] = key.w0();
            total++;
            if (size == buffer.length) {
                flush();
            }
        }
    }

    void flush() {
        if (size == 0) {
            return;
        }
        index.add(versionRef, Arrays.copyOf(buffer, size)).block(WRITE_TIMEOUT);
        size = 0;
    }

    long total() {
        return total;
    }
}
