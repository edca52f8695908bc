package cn.sz.dataexchange.validator.bench;

import cn.sz.dataexchange.validator.facts.IdentifierScan;
import cn.sz.dataexchange.validator.model.AssetFormat;
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

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/** Identifier scan (CSV parse + detection with checks) over scan.csv held in memory; MB/s = file size / time per op. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ScanThroughputBenchmark {

    private byte[] csv;

    @Setup(Level.Trial)
    public void load() {
        csv = BenchFiles.read("scan.csv");
        System.out.println("\nscan.csv: " + csv.length + " bytes");
    }

    @Benchmark
    public long scanAllIdentifiers() {
        long[] found = new long[1];
        new IdentifierScan(LocalDate.of(2026, 11, 23), 1 << 20, 64 << 20)
                .run(new ByteArrayInputStream(csv), AssetFormat.CSV, (line, column, kind, buf, s, e) -> found[0]++);
        return found[0];
    }
}
