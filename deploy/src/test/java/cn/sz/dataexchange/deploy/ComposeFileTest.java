package cn.sz.dataexchange.deploy;

import static cn.sz.dataexchange.deploy.Manifests.at;
import static cn.sz.dataexchange.deploy.Manifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComposeFileTest {

    /** ${NAME}, ${NAME:-default}, ${NAME:?message} as Compose interpolates them. */
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(?::?([-?])([^}]*))?}");

    private static JibImage image;
    private static ServiceConfiguration service;
    private static Map<String, Object> compose;
    private static Map<String, Object> exchange;
    private static Map<String, Object> postgres;

    @BeforeAll
    static void read() {
        image = JibImage.load();
        service = ServiceConfiguration.load();
        compose = Manifests.load(Repository.COMPOSE);
        exchange = map(compose, "services.exchange");
        postgres = map(compose, "services.postgres");
    }

    @Test
    void runs_the_image_jib_builds_on_the_port_it_exposes() {
        assertThat(withDefaults(String.valueOf(exchange.get("image")))).isEqualTo(image.reference());
        assertThat(exchange).as("the image's entrypoint carries the JVM flags").doesNotContainKeys("entrypoint", "command");
        List<?> ports = Manifests.list(exchange, "ports");
        assertThat(ports).hasSize(1);
        String mapping = withDefaults(String.valueOf(ports.get(0)));
        assertThat(mapping).endsWith(":" + service.defaultPort());
        assertThat(image.ports()).containsExactly(service.defaultPort());
    }

    @Test
    void uses_postgresql_18_with_its_volume_where_the_18_image_keeps_the_cluster() {
        assertThat(String.valueOf(postgres.get("image"))).matches("postgres:18([.-].*)?");
        assertThat(Manifests.list(postgres, "volumes")).anyMatch(v -> String.valueOf(v).endsWith(":/var/lib/postgresql"));
        assertThat(String.valueOf(at(postgres, "healthcheck.test"))).contains("pg_isready");
        assertThat(at(exchange, "depends_on.postgres.condition")).isEqualTo("service_healthy");
    }

    @Test
    void points_r2dbc_and_flyway_at_the_compose_database_with_its_user_and_password() {
        Map<String, String> env = environment(exchange);
        Map<String, String> db = environment(postgres);
        String database = db.get("POSTGRES_DB");
        assertThat(env.get("SPRING_R2DBC_URL")).isEqualTo("r2dbc:postgresql://postgres:5432/" + database);
        assertThat(env.get("SPRING_FLYWAY_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
        assertThat(env.get("SPRING_R2DBC_USERNAME")).isEqualTo(db.get("POSTGRES_USER"));
        assertThat(env.get("SPRING_FLYWAY_USER")).isEqualTo(db.get("POSTGRES_USER"));
        String password = variable(db.get("POSTGRES_PASSWORD"));
        assertThat(variable(env.get("SPRING_R2DBC_PASSWORD"))).isEqualTo(password);
        assertThat(variable(env.get("SPRING_FLYWAY_PASSWORD"))).isEqualTo(password);
    }

    @Test
    void secrets_are_required_from_the_env_file_and_never_written_here() {
        Map<String, String> env = environment(exchange);
        assertThat(env.keySet()).containsAll(ServiceConfiguration.SECRET_VARIABLES);
        for (Map<String, Object> svc : List.of(exchange, postgres)) {
            environment(svc).forEach((name, value) -> {
                if (Secrets.looksSecret(name)) {
                    assertThat(value).as(name + " must be a required ${VAR:?...} from deploy/.env").matches("\\$\\{[A-Z0-9_]+:\\?[^}]*}");
                }
                assertThat(Secrets.looksLikeCredentials(value)).as("value of " + name).isFalse();
            });
        }
        Set<String> required = new TreeSet<>();
        Matcher m = INTERPOLATION.matcher(Repository.read(Repository.COMPOSE));
        while (m.find()) {
            if ("?".equals(m.group(2))) {
                required.add(m.group(1));
            }
        }
        String example = Repository.read(Repository.DEPLOY.resolve(".env.example"));
        for (String name : required) {
            assertThat(example).as(".env.example lists " + name + " without a value").containsPattern("(?m)^" + name + "=$");
        }
        assertThat(Repository.read(Repository.DEPLOY.resolve(".gitignore"))).containsPattern("(?m)^\\.env$");
    }

    @Test
    void every_environment_variable_reaches_a_property_of_the_service() {
        assertThat(environment(exchange).keySet()).isSubsetOf(service.knownVariables());
    }

    @Test
    void names_an_external_payment_gateway_and_requires_its_url_since_the_service_has_no_default() {
        assertThat(service.defaultValue(ServiceConfiguration.PAYMENT_GATEWAY_MODE)).as("the service's own default")
                .hasValue("");
        String mode = service.variableOf(ServiceConfiguration.PAYMENT_GATEWAY_MODE).orElseThrow();
        String url = service.variableOf(ServiceConfiguration.PAYMENT_GATEWAY_URL).orElseThrow();
        Map<String, String> env = environment(exchange);
        assertThat(env.get(mode)).as(mode).isEqualTo(ServiceConfiguration.DEPLOYED_PAYMENT_GATEWAY_MODE);
        assertThat(env.get(url)).as(url + " required from deploy/.env").matches("\\$\\{" + url + ":\\?[^}]+}");
    }

    @Test
    void health_check_asks_readiness_on_the_service_port() {
        String check = String.valueOf(at(exchange, "healthcheck.test"));
        assertThat(check).contains("/actuator/health/readiness").contains("/" + service.defaultPort());
        assertThat(check).as("the image has no curl or wget").doesNotContain("curl", "wget");
    }

    @Test
    void keeps_the_data_directory_in_a_volume_and_the_root_read_only() {
        String dataDir = image.dataDirectory().orElseThrow();
        assertThat(environment(exchange).get("EXCHANGE_DATA_DIR")).isEqualTo(dataDir);
        assertThat(Manifests.list(exchange, "volumes")).anyMatch(v -> String.valueOf(v).endsWith(":" + dataDir));
        assertThat(exchange.get("read_only")).isEqualTo(true);
        assertThat(Manifests.list(exchange, "tmpfs")).anyMatch(t -> String.valueOf(t).startsWith("/tmp"));
        assertThat(exchange).as("a memory limit for -XX:MaxRAMPercentage").containsKey("mem_limit");
    }

    private static Map<String, String> environment(Map<String, Object> svc) {
        Object env = svc.get("environment");
        Map<String, String> out = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (env instanceof List<?> l) {
            l.forEach(e -> {
                String[] kv = String.valueOf(e).split("=", 2);
                out.put(kv[0], kv.length > 1 ? kv[1] : "");
            });
        }
        return out;
    }

    /** The name of the variable a value interpolates, which must be all the value is. */
    private static String variable(String value) {
        Matcher m = INTERPOLATION.matcher(value);
        assertThat(m.matches()).as(value + " is one interpolated variable").isTrue();
        return m.group(1);
    }

    /** The value Compose gives when no variable is set: ${X:-default} becomes default. */
    private static String withDefaults(String value) {
        Matcher m = INTERPOLATION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("-".equals(m.group(2)) ? m.group(3) : ""));
        }
        m.appendTail(out);
        return out.toString();
    }
}
