package cn.sz.dataexchange.validator.facts;

import cn.sz.dataexchange.validator.consent.ConsentGap;
import cn.sz.dataexchange.validator.consent.ConsentLedger;
import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.consent.ConsentRequirement;
import cn.sz.dataexchange.validator.consent.SubjectKey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the consent of each distinct subject, asking the ledger in batches while the asset
 * streams by. Memory: one 33-byte slot per distinct subject for de-duplication (whole keys: a
 * seller's keys cannot stand in for each other), plus one batch.
 */
public final class ConsentCollector {

    private static final int PROVENANCE = ConsentGap.NO_RECORD.bit() | ConsentGap.NOT_YET_GIVEN.bit()
            | ConsentGap.WITHDRAWN.bit() | ConsentGap.EXPIRED.bit() | ConsentGap.PURPOSE_NOT_COVERED.bit()
            | ConsentGap.CATEGORY_NOT_COVERED.bit();

    private final ConsentLedger ledger;
    private final ConsentRequirement requirement;
    private final int batchSize;
    private final int todayYmd;
    private final SubjectKeySet seen = new SubjectKeySet(1 << 16);
    private final List<SubjectKey> batchKeys;
    private final long[] batchLines;
    private final int[] batchBirths;
    private final int[] batchCollected;
    private final SampleLines missing;
    private final SampleLines invalid;
    private final SampleLines minors;
    private final SampleLines provenance;
    private final Map<ConsentGap, SampleLines> gaps = new EnumMap<>(ConsentGap.class);
    private final int sampleLimit;

    public ConsentCollector(ConsentLedger ledger, ConsentRequirement requirement, int batchSize, int todayYmd,
                            int sampleLimit) {
        this.ledger = ledger;
        this.requirement = requirement;
        this.batchSize = batchSize;
        this.todayYmd = todayYmd;
        this.sampleLimit = sampleLimit;
        this.batchKeys = new ArrayList<>(batchSize);
        this.batchLines = new long[batchSize];
        this.batchBirths = new int[batchSize];
        this.batchCollected = new int[batchSize];
        this.missing = new SampleLines(sampleLimit);
        this.invalid = new SampleLines(sampleLimit);
        this.minors = new SampleLines(sampleLimit);
        this.provenance = new SampleLines(sampleLimit);
    }

    /** A row without a usable subject value. */
    public void missingSubject(long line) {
        missing.add(line);
    }

    /** A row whose precomputed key is malformed. */
    public void invalidKey(long line) {
        invalid.add(line);
    }

    /**
     * A row of subject {@code key}; {@code birthDate} and {@code collectedOn} (yyyymmdd) are 0 when
     * unknown. Only the first row of each subject counts.
     */
    public void subject(SubjectKey key, long line, int birthDate, int collectedOn) {
        if (!seen.add(key)) {
            return;
        }
        int i = batchKeys.size();
        batchKeys.add(key);
        batchLines[i] = line;
        batchBirths[i] = birthDate;
        batchCollected[i] = collectedOn;
        if (batchKeys.size() == batchSize) {
            flush();
        }
    }

    public void flush() {
        if (batchKeys.isEmpty()) {
            return;
        }
        Map<SubjectKey, List<ConsentRecord>> bySubject = new HashMap<>(batchKeys.size() * 2);
        for (ConsentRecord r : ledger.findBySubjectKeys(List.copyOf(batchKeys))) {
            bySubject.computeIfAbsent(r.subjectKey(), k -> new ArrayList<>(2)).add(r);
        }
        for (int i = 0; i < batchKeys.size(); i++) {
            judge(bySubject.get(batchKeys.get(i)), batchLines[i], batchBirths[i], batchCollected[i]);
        }
        batchKeys.clear();
    }

    public ConsentCoverage result() {
        flush();
        Map<ConsentGap, ConsentCoverage.Tally> out = new EnumMap<>(ConsentGap.class);
        gaps.forEach((gap, lines) -> out.put(gap, ConsentCoverage.Tally.of(lines)));
        return new ConsentCoverage(seen.size(), ConsentCoverage.Tally.of(missing), ConsentCoverage.Tally.of(invalid),
                ConsentCoverage.Tally.of(minors), out, ConsentCoverage.Tally.of(provenance));
    }

    private void judge(List<ConsentRecord> records, long line, int birthDate, int collectedOn) {
        int found = requirement.gapsOf(records, birthDate, collectedOn);
        if (birthDate != 0 && requirement.child(records, birthDate, collectedOn, todayYmd)) {
            minors.add(line);
        }
        if ((found & PROVENANCE) != 0) {
            provenance.add(line);
        }
        while (found != 0) {
            int bit = Integer.numberOfTrailingZeros(found);
            gaps.computeIfAbsent(ConsentGap.values()[bit], g -> new SampleLines(sampleLimit)).add(line);
            found &= found - 1;
        }
    }
}
