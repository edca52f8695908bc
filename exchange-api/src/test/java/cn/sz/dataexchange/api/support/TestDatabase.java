package cn.sz.dataexchange.api.support;

import cn.sz.dataexchange.api.database.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL per test JVM: the server named by {@code EXCHANGE_TEST_DB_URL} (a JDBC URL,
 * with {@code EXCHANGE_TEST_DB_USER} / {@code EXCHANGE_TEST_DB_PASSWORD}), else a Testcontainers
 * server where a Docker engine exists, else the embedded server in a temporary directory. The
 * embedded test server runs without fsync, synchronous commit and full page writes
 * ({@link EmbeddedPostgresServer.Durability#NONE}): its files are thrown away, and the suite is faster.
 */
public final class TestDatabase {

    private static Connection connection;

    private TestDatabase() {
    }

    /** How to reach the test server. */
    public record Connection(String jdbcUrl, String user, String password, String kind) {

        public String r2dbcUrl() {
            return jdbcUrl.replaceFirst("^jdbc:", "r2dbc:");
        }
    }

    public static synchronized Connection get() {
        if (connection == null) {
            connection = start();
        }
        return connection;
    }

    private static Connection start() {
        String url = System.getenv("EXCHANGE_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(url, env("EXCHANGE_TEST_DB_USER", "postgres"), env("EXCHANGE_TEST_DB_PASSWORD", ""),
                    "configured");
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine");
            container.start();
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "testcontainers");
        }
        try {
            Path directory = Files.createTempDirectory("exchange-test-pg");
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, 0, EmbeddedPostgresServer.Durability.NONE);
            return new Connection(server.jdbcUrl(), server.user(), "", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
