package cn.sz.dataexchange.api.support;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the tests that run the whole service on a random port against the shared test
 * PostgreSQL. All of them share one application context (same configuration), so the suite
 * starts the service once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "exchange.database.embedded-enabled=false")
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    public static final String ADMIN_CLIENT = "test-admin";
    public static final String ADMIN_SECRET = "test-admin-secret-that-is-long-enough";
    /** This test JVM's data directory (assets), apart from any other test run on the machine. */
    public static final Path DATA_DIR = createDataDirectory();

    /** A fixed master key for tests (base64 of 32 bytes). */
    public static final String MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Autowired
    protected WebTestClient http;

    @Autowired
    protected MutableClock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.Connection db = TestDatabase.get();
        registry.add("spring.r2dbc.url", db::r2dbcUrl);
        registry.add("spring.r2dbc.username", db::user);
        registry.add("spring.r2dbc.password", db::password);
        registry.add("spring.flyway.url", db::jdbcUrl);
        registry.add("spring.flyway.user", db::user);
        registry.add("spring.flyway.password", db::password);
        registry.add("exchange.security.master-key", () -> MASTER_KEY);
        registry.add("exchange.security.client-secret-bcrypt-cost", () -> "4");
        registry.add("exchange.bootstrap.admin-client-id", () -> ADMIN_CLIENT);
        registry.add("exchange.bootstrap.admin-client-secret", () -> ADMIN_SECRET);
        registry.add("exchange.data-dir", () -> DATA_DIR.toString());
    }

    protected Members members() {
        return new Members(http, clock);
    }

    protected void advanceClock(Duration duration) {
        clock.advance(duration);
    }

    /** For tests that need a {@link Clock} type. */
    protected Clock clock() {
        return clock;
    }

    private static Path createDataDirectory() {
        try {
            return java.nio.file.Files.createTempDirectory("exchange-test-data");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
