package cn.sz.dataexchange.api.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.sz.dataexchange.api.support.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded PostgreSQL that the service starts when no database is configured acknowledges a
 * commit only once it is on disk; the test suite's own server is the one place where fsync and
 * synchronous commit are off, because it asks for that.
 */
class EmbeddedDatabaseDurabilityTest {

    private static final Map<String, String> DURABLE = Map.of(
            "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    @TempDir
    Path dataDir;

    @Test
    void the_embedded_server_the_service_starts_runs_with_fsync_synchronous_commit_and_full_page_writes_on()
            throws SQLException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of(DataDirectory.PROPERTY, dataDir.toString(), "spring.r2dbc.url", "")));
        new EmbeddedDatabaseEnvironmentPostProcessor(Supplier::get)
                .postProcessEnvironment(environment, new SpringApplication());
        try {
            assertThat(environment.getProperty(EmbeddedDatabaseEnvironmentPostProcessor.EMBEDDED_FLAG)).isEqualTo("true");
            try (Connection connection = DriverManager.getConnection(environment.getProperty("spring.flyway.url"),
                    environment.getProperty("spring.flyway.user"), "")) {
                assertThat(settings(connection)).isEqualTo(DURABLE);
                assertThat(source(connection, "fsync")).as("fsync set on the command line, after zonky's -F")
                        .isEqualTo("command line");
            }
        } finally {
            EmbeddedServers.stop(dataDir.resolve("postgres"));
        }
    }

    @Test
    void the_test_suites_embedded_server_runs_without_fsync_because_it_asks_for_that() throws SQLException {
        TestDatabase.Connection db = TestDatabase.get();
        assumeTrue("embedded".equals(db.kind()), "the suite runs on a server it did not start: " + db.kind());
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            assertThat(settings(connection)).isEqualTo(EmbeddedPostgresServer.Durability.NONE.settings());
        }
    }

    private static Map<String, String> settings(Connection connection) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String name : DURABLE.keySet()) {
                try (ResultSet rs = statement.executeQuery("SHOW " + name)) {
                    rs.next();
                    values.put(name, rs.getString(1));
                }
            }
        }
        return values;
    }

    private static String source(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT source FROM pg_settings WHERE name = '" + name + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
