package cn.sz.dataexchange.api.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server whose files live in a directory of ours, so that data survives a
 * restart. Started once per JVM by {@link EmbeddedDatabaseEnvironmentPostProcessor} (or by the
 * tests), stopped when the application context closes or the JVM exits.
 *
 * <p>zonky's builder is made for throwaway test databases: it starts the server with {@code -F}
 * (fsync off) and {@code synchronous_commit=off}. The service's server overrides both
 * ({@link Durability#DURABLE}); only a test server asks for them off ({@link Durability#NONE}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String DATABASE = "exchange";
    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Whether a commit reaches the disk before it is acknowledged. Settings given as {@code -c}
     * options after zonky's {@code -F}, so they win over it.
     */
    public enum Durability {

        /** fsync, synchronous commit and full page writes on: a power loss or crash loses no committed transaction. */
        DURABLE(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on")),

        /** All three off: for throwaway test clusters only, where speed matters and the files are deleted anyway. */
        NONE(Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));

        private final Map<String, String> settings;

        Durability(Map<String, String> settings) {
            this.settings = settings;
        }

        /** The server settings, as {@code SHOW} names them. */
        public Map<String, String> settings() {
            return settings;
        }
    }

    /** Starts a durable server on {@code dataDirectory}, creating the cluster there on first use. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, Durability.DURABLE);
    }

    /** Starts a server on {@code dataDirectory} with the given durability, creating the cluster there on first use. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, Durability durability) {
        try {
            Files.createDirectories(dataDirectory);
            boolean fresh = !Files.exists(dataDirectory.resolve("PG_VERSION"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC");
            durability.settings().forEach(builder::setServerConfig);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDirectory);
            try {
                server.createDatabaseIfMissing();
                server.checkSettings(durability);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            log.info("Embedded PostgreSQL {} on port {}, data in {}, durability {}",
                    fresh ? "created" : "started", postgres.getPort(), dataDirectory.toAbsolutePath(), durability);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + DATABASE, e);
        }
    }

    /** Refuses a server that does not run with the settings asked for (a builder default that won, say). */
    private void checkSettings(Durability durability) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> setting : durability.settings().entrySet()) {
                try (ResultSet rs = statement.executeQuery("SHOW " + setting.getKey())) {
                    rs.next();
                    if (!setting.getValue().equals(rs.getString(1))) {
                        throw new IllegalStateException("The embedded PostgreSQL runs with " + setting.getKey() + "="
                                + rs.getString(1) + " where " + durability + " asks for " + setting.getValue());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the settings of the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String user() {
        return USER;
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped, data kept in {}", dataDirectory.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
