package cn.sz.dataexchange.validator.bench;

import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.consent.ConsentRequirement;
import cn.sz.dataexchange.validator.consent.SubjectKey;
import cn.sz.dataexchange.validator.facts.ConsentCollector;
import cn.sz.dataexchange.validator.facts.ConsentCoverage;
import cn.sz.dataexchange.validator.memory.InMemoryConsentLedger;
import cn.sz.dataexchange.validator.vocabulary.DataCategory;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One million distinct subjects checked against a ledger of ten million consent records through
 * the in-memory port, in batches of 4096, with the full judgement of each subject's records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class ConsentCoverageBenchmark {

    private static final int LEDGER = 10_000_000;
    private static final int SUBJECTS = 1_000_000;
    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

    private InMemoryConsentLedger ledger;
    private SubjectKey[] subjects;
    private ConsentRequirement requirement;

    @Setup(Level.Trial)
    public void fill() {
        SplittableRandom r = new SplittableRandom(1);
        ledger = new InMemoryConsentLedger(LEDGER);
        SubjectKey[] all = new SubjectKey[LEDGER / 2];
        Set<Purpose> purposes = Set.of(Purpose.CREDIT_ASSESSMENT, Purpose.RISK_CONTROL);
        Set<DataCategory> categories = Set.of(DataCategory.BASIC_PROFILE, DataCategory.CONTACT, DataCategory.FINANCIAL_ACCOUNT);
        for (int i = 0; i < all.length; i++) {
            all[i] = new SubjectKey(r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
        }
        String evidence = "ab".repeat(32);
        for (int i = 0; i < LEDGER; i++) {
            SubjectKey key = all[i % all.length]; // two records per subject
            boolean withdrawn = r.nextInt(50) == 0;
            ledger.add(new ConsentRecord(key, purposes, categories, r.nextInt(10) != 0, true, false,
                    Instant.parse("2025-01-01T00:00:00Z"), null, withdrawn ? Instant.parse("2026-01-01T00:00:00Z") : null,
                    "notice-v" + (i % 4), evidence));
        }
        subjects = new SubjectKey[SUBJECTS];
        for (int i = 0; i < SUBJECTS; i++) {
            subjects[i] = i % 10 == 9 ? new SubjectKey(r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong())
                    : all[r.nextInt(all.length)];
        }
        requirement = new ConsentRequirement(Purpose.CREDIT_ASSESSMENT.bit(),
                DataCategory.CONTACT.bit() | DataCategory.FINANCIAL_ACCOUNT.bit(), true, NOW, 14, java.time.ZoneOffset.UTC);
        System.out.println("\nledger records: " + ledger.size() + ", heap used MB: "
                + ((Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20));
    }

    @Benchmark
    public ConsentCoverage checkOneMillionSubjects() {
        ConsentCollector collector = new ConsentCollector(ledger, requirement, 4096, 20261123, 10);
        for (int i = 0; i < subjects.length; i++) {
            collector.subject(subjects[i], i + 2L, 0, 0);
        }
        return collector.result();
    }
}
