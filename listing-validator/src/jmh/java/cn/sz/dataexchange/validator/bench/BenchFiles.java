package cn.sz.dataexchange.validator.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the generated benchmark files are: {@code -Dbench.dir=...}, default target/bench-data. */
final class BenchFiles {

    private BenchFiles() {
    }

    static byte[] read(String name) {
        Path file = Path.of(System.getProperty("bench.dir", "target/bench-data"), name);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("generate the benchmark data first (BenchDataGenerator): " + file, e);
        }
    }
}
