package cn.sz.dataexchange.validator.bench;

import cn.sz.dataexchange.validator.asset.CsvRowReader;
import cn.sz.dataexchange.validator.asset.Row;
import cn.sz.dataexchange.validator.facts.AnonymityFigures;
import cn.sz.dataexchange.validator.facts.QuasiIdentifierObserver;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

/** k-anonymity (k=5) and l-diversity over kanon.csv (10M rows, 4 quasi-identifiers), parsing included. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class KAnonymityBenchmark {

    private byte[] csv;

    @Setup(Level.Trial)
    public void load() {
        csv = BenchFiles.read("kanon.csv");
    }

    @Benchmark
    public AnonymityFigures tenMillionRowsFourQuasiIdentifiers() {
        QuasiIdentifierObserver observer = new QuasiIdentifierObserver(
                List.of("age_band", "gender", "district", "occupation"), "income_band", 5, 2, 10);
        try (CsvRowReader reader = new CsvRowReader(new ByteArrayInputStream(csv), 1 << 20, 64 << 20)) {
            Row row = new Row();
            while (reader.next(row)) {
                observer.observe(row, reader.columns());
            }
        }
        return observer.result();
    }
}
