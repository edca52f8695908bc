package cn.sz.dataexchange.validator.memory;

import cn.sz.dataexchange.validator.consent.ConsentLedger;
import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.consent.SubjectKey;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Purpose;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The consent ledger in memory, stored column-wise (about 110 bytes per record, so ten million
 * records fit in some 1.2 GB of heap) with an open-addressing index on the subject key. Records
 * are added with {@link #add}; lookups may run concurrently once loading is done.
 */
public final class InMemoryConsentLedger implements ConsentLedger {

    private static final long NONE = Long.MIN_VALUE;
    private static final byte THIRD_PARTY = 1;
    private static final byte EXPRESS = 2;
    private static final byte GUARDIAN = 4;
    private static final byte HAS_EVIDENCE = 8;
    private static final Purpose[] PURPOSES = Purpose.values();
    private static final DataCategory[] CATEGORIES = DataCategory.values();

    private final RecordColumns columns;
    private final List<String> noticeVersions = new ArrayList<>();
    private final java.util.Map<String, Integer> noticeIndex = new java.util.HashMap<>();
    private int[] index;

    public InMemoryConsentLedger() {
        this(1024);
    }

    public InMemoryConsentLedger(int expectedRecords) {
        columns = new RecordColumns(expectedRecords);
        index = new int[capacityFor(expectedRecords)];
        java.util.Arrays.fill(index, -1);
    }

    public synchronized void add(ConsentRecord r) {
        int i = columns.append(r.subjectKey(), bits(r.purposes()), categoryBits(r.categories()), flags(r),
                millis(r.givenAt()), millis(r.expiresAt()), millis(r.withdrawnAt()), notice(r.noticeVersion()),
                r.evidenceHash() == null ? null : HexFormat.of().parseHex(r.evidenceHash()));
        if (columns.size() > index.length / 2) {
            rebuildIndex(index.length * 2);
        }
        insert(i);
    }

    public int size() {
        return columns.size();
    }

    @Override
    public List<ConsentRecord> findBySubjectKeys(Collection<SubjectKey> keys) {
        List<ConsentRecord> out = new ArrayList<>(keys.size());
        int[] idx = index;
        int mask = idx.length - 1;
        for (SubjectKey key : keys) {
            int slot = slotOf(key.w0(), mask);
            int i;
            while ((i = idx[slot]) >= 0) {
                if (columns.keyEquals(i, key)) {
                    out.add(recordAt(i, key));
                }
                slot = (slot + 1) & mask;
            }
        }
        return out;
    }

    private ConsentRecord recordAt(int i, SubjectKey key) {
        byte f = columns.flags(i);
        byte[] evidence = (f & HAS_EVIDENCE) != 0 ? columns.evidence(i) : null;
        int notice = columns.notice(i);
        return new ConsentRecord(key, purposes(columns.purposes(i)), categories(columns.categories(i)),
                (f & THIRD_PARTY) != 0, (f & EXPRESS) != 0, (f & GUARDIAN) != 0,
                instant(columns.given(i)), instant(columns.expires(i)), instant(columns.withdrawn(i)),
                notice < 0 ? null : noticeVersions.get(notice),
                evidence == null ? null : HexFormat.of().formatHex(evidence));
    }

    private void insert(int i) {
        int mask = index.length - 1;
        int slot = slotOf(columns.keyWord(i), mask);
        while (index[slot] >= 0) {
            slot = (slot + 1) & mask;
        }
        index[slot] = i;
    }

    private void rebuildIndex(int capacity) {
        index = new int[capacity];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < columns.size(); i++) {
            insert(i);
        }
    }

    private static int slotOf(long w0, int mask) {
        return (int) (w0 ^ (w0 >>> 32)) & mask;
    }

    private static int capacityFor(int expected) {
        return Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 2;
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

    private static byte flags(ConsentRecord r) {
        return (byte) ((r.thirdPartyProvision() ? THIRD_PARTY : 0) | (r.express() ? EXPRESS : 0)
                | (r.guardianConsent() ? GUARDIAN : 0) | (r.evidenceHash() != null ? HAS_EVIDENCE : 0));
    }

    private static long bits(Set<Purpose> purposes) {
        long b = 0;
        for (Purpose p : purposes) {
            b |= p.bit();
        }
        return b;
    }

    private static long categoryBits(Set<DataCategory> categories) {
        long b = 0;
        for (DataCategory c : categories) {
            b |= c.bit();
        }
        return b;
    }

    private static Set<Purpose> purposes(long bits) {
        EnumSet<Purpose> set = EnumSet.noneOf(Purpose.class);
        for (long b = bits; b != 0; b &= b - 1) {
            set.add(PURPOSES[Long.numberOfTrailingZeros(b)]);
        }
        return set;
    }

    private static Set<DataCategory> categories(long bits) {
        EnumSet<DataCategory> set = EnumSet.noneOf(DataCategory.class);
        for (long b = bits; b != 0; b &= b - 1) {
            set.add(CATEGORIES[Long.numberOfTrailingZeros(b)]);
        }
        return set;
    }

    private static long millis(Instant t) {
        return t == null ? NONE : t.toEpochMilli();
    }

    private static Instant instant(long millis) {
        return millis == NONE ? null : Instant.ofEpochMilli(millis);
    }
}
