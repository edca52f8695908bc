package cn.sz.dataexchange.api.database;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL when no database is configured ({@code spring.r2dbc.url} unset),
 * and points R2DBC and Flyway at it. With a configured database nothing is started; nor with
 * {@code exchange.database.embedded-enabled=false} (for callers that supply the database later,
 * such as tests with dynamic properties).
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    private final Log log;

    public EmbeddedDatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedDatabaseEnvironmentPostProcessor.class);
    }

    public static final String PROPERTY_SOURCE = "exchangeEmbeddedDatabase";
    public static final String EMBEDDED_FLAG = "exchange.database.embedded";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.r2dbc.url"))
                || !environment.getProperty("exchange.database.embedded-enabled", Boolean.class, true)) {
            return;
        }
        Path dataDirectory = DataDirectory.resolve(environment).resolve("postgres");
        int port = environment.getProperty("exchange.database.embedded-port", Integer.class, 0);
        EmbeddedPostgresServer server = EmbeddedServers.startOrReuse(dataDirectory, port);
        log.info("No database configured (spring.r2dbc.url): using the embedded PostgreSQL on port " + server.port()
                + " with its data in " + server.dataDirectory());

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(EMBEDDED_FLAG, "true");
        properties.put("spring.r2dbc.url", server.r2dbcUrl());
        properties.put("spring.r2dbc.username", server.user());
        properties.put("spring.r2dbc.password", "");
        properties.put("spring.flyway.url", server.jdbcUrl());
        properties.put("spring.flyway.user", server.user());
        properties.put("spring.flyway.password", "");
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
    }

    @Override
    public int getOrder() {
        // After the config files and the environment have been read, so a configured URL wins.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
