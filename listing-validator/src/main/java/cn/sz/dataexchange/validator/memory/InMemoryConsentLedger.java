package cn.sz.dataexchange.validator.memory;

import cn.sz.dataexchange.validator.consent.ConsentLedger;
import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.consent.SubjectKey;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Enums;
import cn.sz.dataexchange.validator.vocabulary.Purpose;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The consent ledger in memory: records packed in a {@link RecordSlab} (112 bytes each, so ten
 * million take about 1.1 GB) and an open-addressing index of 8 bytes per slot holding a key
 * fragment and the record number. Load with {@link #add}; lookups may run concurrently once loading is done.
 */
public final class InMemoryConsentLedger implements ConsentLedger {

    private static final long NONE = Long.MIN_VALUE;
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int THIRD_PARTY = 1;
    private static final int EXPRESS = 2;
    private static final int GUARDIAN = 4;
    private static final int HAS_EVIDENCE = 8;

    private final RecordSlab records;
    private final List<String> noticeVersions = new ArrayList<>();
    private final Map<String, Integer> noticeIndex = new HashMap<>();
    private long[] index;

    public InMemoryConsentLedger() {
        this(1024);
    }

    public InMemoryConsentLedger(int expectedRecords) {
        records = new RecordSlab(expectedRecords);
        index = new long[Integer.highestOneBit(Math.max(16, expectedRecords) * 2 - 1) << 1];
    }

    public synchronized void add(ConsentRecord r) {
        int i = records.append(r.subjectKey(), Enums.bitsOf(r.purposes()), Enums.bitsOf(r.categories()), flags(r),
                notice(r.noticeVersion()), millis(r.givenAt()), millis(r.expiresAt()), millis(r.withdrawnAt()),
                evidence(r.evidenceHash()));
        if (records.size() > index.length / 2) {
            rebuildIndex(index.length * 2);
        }
        insert(i);
    }

    public int size() {
        return records.size();
    }

    /**
     * Looks the batch up in phases (index slots, then candidate records, then records) so that the
     * memory loads of one phase are independent of each other and overlap, instead of one cache
     * miss after the other per key.
     */
    @Override
    public List<ConsentRecord> findBySubjectKeys(Collection<SubjectKey> keys) {
        SubjectKey[] batch = keys.toArray(SubjectKey[]::new);
        long[] idx = index;
        int mask = idx.length - 1;
        int[] slots = new int[batch.length];
        long touched = 0;
        for (int k = 0; k < batch.length; k++) {
            slots[k] = slotOf(fingerprint(batch[k].w0(), batch[k].w1(), batch[k].w2(), batch[k].w3()), mask);
            touched += idx[slots[k]];
        }
        int[] candidates = new int[batch.length * 2];
        int[] owners = new int[batch.length * 2];
        int n = 0;
        for (int k = 0; k < batch.length; k++) {
            int fragment = (int) fingerprint(batch[k].w0(), batch[k].w1(), batch[k].w2(), batch[k].w3());
            long e;
            for (int slot = slots[k]; (e = idx[slot]) != 0; slot = (slot + 1) & mask) {
                if ((int) (e >>> 32) == fragment) {
                    if (n == candidates.length) {
                        candidates = Arrays.copyOf(candidates, n * 2);
                        owners = Arrays.copyOf(owners, n * 2);
                    }
                    candidates[n] = (int) e - 1;
                    owners[n++] = k;
                }
            }
        }
        for (int c = 0; c < n; c++) {
            touched += records.word(candidates[c], 0) + records.evidence(candidates[c], 3);
        }
        List<ConsentRecord> out = new ArrayList<>(n + (touched == 42 ? 1 : 0));
        for (int c = 0; c < n; c++) {
            SubjectKey key = batch[owners[c]];
            if (records.keyEquals(candidates[c], key)) {
                out.add(recordAt(candidates[c], key));
            }
        }
        return out;
    }

    private ConsentRecord recordAt(int i, SubjectKey key) {
        int f = records.flags(i);
        int notice = records.notice(i);
        return new ConsentRecord(key, Enums.fromBits(records.purposes(i), Purpose.class),
                Enums.fromBits(records.categories(i), DataCategory.class),
                (f & THIRD_PARTY) != 0, (f & EXPRESS) != 0, (f & GUARDIAN) != 0,
                instant(records.given(i)), instant(records.expires(i)), instant(records.withdrawn(i)),
                notice < 0 ? null : noticeVersions.get(notice),
                (f & HAS_EVIDENCE) != 0 ? evidenceHex(i) : null);
    }

    private String evidenceHex(int i) {
        byte[] hex = new byte[64];
        for (int w = 0; w < 4; w++) {
            long v = records.evidence(i, w);
            for (int k = 15; k >= 0; k--) {
                hex[w * 16 + k] = HEX_DIGITS[(int) (v & 0xF)];
                v >>>= 4;
            }
        }
        return new String(hex, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private void insert(int i) {
        int mask = index.length - 1;
        long fingerprint = fingerprint(records.word(i, 0), records.word(i, 1), records.word(i, 2), records.word(i, 3));
        int slot = slotOf(fingerprint, mask);
        while (index[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        index[slot] = ((long) (int) fingerprint << 32) | ((i + 1) & 0xFFFFFFFFL);
    }

    private void rebuildIndex(int capacity) {
        index = new long[capacity];
        for (int i = 0; i < records.size(); i++) {
            insert(i);
        }
    }

    /**
     * A hash of the whole key: its high bits choose the slot, its low bits are the tag kept in the
     * index. Derived keys are random, but keys a seller supplies need not be, and keys that share
     * words must still spread.
     */
    private static long fingerprint(long w0, long w1, long w2, long w3) {
        long h = w0 * 0x9E3779B97F4A7C15L + w1;
        h = h * 0x9E3779B97F4A7C15L + w2;
        h = h * 0x9E3779B97F4A7C15L + w3;
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 33);
    }

    private static int slotOf(long fingerprint, int mask) {
        return (int) (fingerprint >>> 32) & mask;
    }

    private int notice(String version) {
        if (version == null) {
            return -1;
        }
        return noticeIndex.computeIfAbsent(version, v -> {
            noticeVersions.add(v);
            return noticeVersions.size() - 1;
        });
    }

    private static int flags(ConsentRecord r) {
        return (r.thirdPartyProvision() ? THIRD_PARTY : 0) | (r.express() ? EXPRESS : 0)
                | (r.guardianConsent() ? GUARDIAN : 0) | (r.evidenceHash() != null ? HAS_EVIDENCE : 0);
    }

    private static long[] evidence(String hex) {
        if (hex == null) {
            return null;
        }
        byte[] b = Arrays.copyOf(HexFormat.of().parseHex(hex), 32);
        long[] words = new long[4];
        for (int w = 0; w < 4; w++) {
            for (int k = 0; k < 8; k++) {
                words[w] = (words[w] << 8) | (b[w * 8 + k] & 0xFF);
            }
        }
        return words;
    }

    private static long millis(Instant t) {
        return t == null ? NONE : t.toEpochMilli();
    }

    private static Instant instant(long millis) {
        return millis == NONE ? null : Instant.ofEpochMilli(millis);
    }
}
