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

    public static void main(String[] args) throws IOException {
        String what = args[0];
        Path file = Path.of(args[1]);
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double mb = Files.size(file) / 1e6;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
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
            System.out.printf(Locale.ROOT, "%s %s: %.2f s, %.0f MB/s, %d %s, heap used %d MB%n", what, file.getFileName(), s,
                    mb / s, hits[0], what.equals("parse") ? "fields" : "identifiers",
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
        }
    }
}
