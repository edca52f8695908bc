package cn.sz.dataexchange.api.database;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/** The exchange's data directory: {@code exchange.data-dir} / {@code EXCHANGE_DATA_DIR}, default {@code ./data}. */
public final class DataDirectory {

    public static final String PROPERTY = "exchange.data-dir";

    private DataDirectory() {
    }

    public static Path resolve(Environment environment) {
        return Path.of(environment.getProperty(PROPERTY, "./data")).toAbsolutePath().normalize();
    }
}
