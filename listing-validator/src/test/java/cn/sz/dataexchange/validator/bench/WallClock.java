package cn.sz.dataexchange.validator.bench;

import cn.sz.dataexchange.validator.asset.CsvRowReader;
import cn.sz.dataexchange.validator.asset.Row;
import cn.sz.dataexchange.validator.facts.IdentifierScan;
import cn.sz.dataexchange.validator.model.AssetFormat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Quick wall-clock figures straight from a file (page cache warm), besides the JMH ones. Usage:
 * {@code java -Xmx256m -cp target/classes:target/test-classes:JACKSON cn.sz.dataexchange.validator.bench.WallClock scan|parse FILE [repeats]}
 */
public final class WallClock {

    private WallClock() {
    }

    /** Subject-key derivation cost: HMAC-SHA256 over {@code n} normalised resident IDs. */
    private static void deriveKeys(int n) {
        var ids = new cn.sz.dataexchange.validator.testdata.IdentifierFactory(9);
        String[] raw = new String[n];
        for (int i = 0; i < n; i++) {
            raw[i] = ids.residentId();
        }
        var derivation = new cn.sz.dataexchange.validator.consent.SubjectKeyDerivation(new byte[32]);
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            long x = 0;
            for (String id : raw) {
                x ^= derivation.derive(cn.sz.dataexchange.validator.model.SubjectIdentifierKind.RESIDENT_ID, id).w0();
            }
            System.out.printf(Locale.ROOT, "derive %d subject keys: %.2f s (%d)%n", n, (System.nanoTime() - t0) / 1e9, x & 1);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("hmac")) {
            deriveKeys(Integer.parseInt(args[1]));
            return;
        }
        String what = args[0];
        Path file = Path.of(args[1]);
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double mb = Files.size(file) / 1e6;
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long[] hits = new long[1];
            try (InputStream in = Files.newInputStream(file)) {
                if (what.equals("detect")) {
                    var scanner = new cn.sz.dataexchange.validator.identifiers.IdentifierScanner(LocalDate.of(2026, 11, 23));
                    try (CsvRowReader reader = new CsvRowReader(in, 1 << 20, 64 << 20)) {
                        Row row = new Row();
                        while (reader.next(row)) {
                            for (int f = 0; f < row.fieldCount(); f++) {
                                hits[0] += scanner.scan(row.buffer(), row.start(f), row.end(f), false);
                            }
                        }
                    }
                } else if (what.equals("parse")) {
                    try (CsvRowReader reader = new CsvRowReader(in, 1 << 20, 64 << 20)) {
                        Row row = new Row();
                        while (reader.next(row)) {
                            hits[0] += row.fieldCount();
                        }
                    }
                } else {
                    new IdentifierScan(LocalDate.of(2026, 11, 23), 1 << 20, 64 << 20)
                            .run(in, AssetFormat.CSV, (line, column, kind, buf, start, end) -> hits[0]++);
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "%s %s: %.2f s (CPU %.2f s), %.0f MB/s, %d %s, heap used %d MB%n", what,
                    file.getFileName(), s, cpu, mb / s, hits[0], what.equals("parse") ? "fields" : "identifiers",
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
        }
    }
}
