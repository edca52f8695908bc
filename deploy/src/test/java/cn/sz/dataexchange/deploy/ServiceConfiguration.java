package cn.sz.dataexchange.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * What the service reads, taken from its application.yml: the property keys, the environment
 * variables its placeholders name (with their defaults), and the Spring properties outside the
 * file that deployments set. Anything else in a manifest's environment is a typo.
 */
final class ServiceConfiguration {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    /** Spring Boot properties set by the deploy files but absent from application.yml (Spring's documented keys). */
    static final Set<String> SPRING_PROPERTIES_SET_BY_DEPLOYMENTS = Set.of(
            "spring.r2dbc.url", "spring.r2dbc.username", "spring.r2dbc.password",
            "spring.flyway.url", "spring.flyway.user", "spring.flyway.password",
            "spring.profiles.active", "spring.lifecycle.timeout-per-shutdown-phase");

    /** Read by the JVM itself, not by Spring. */
    static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    /** The secrets the service needs with a real database: never in a ConfigMap, never literal. */
    static final Set<String> SECRET_VARIABLES = Set.of(
            "EXCHANGE_MASTER_KEY", "EXCHANGE_BOOTSTRAP_ADMIN_SECRET",
            "SPRING_R2DBC_PASSWORD", "SPRING_FLYWAY_PASSWORD");

    /** The payment gateway's mode and URL: the service has no default mode and refuses to start without one. */
    static final String PAYMENT_GATEWAY_MODE = "exchange.payment.gateway.mode";
    static final String PAYMENT_GATEWAY_URL = "exchange.payment.gateway.base-url";

    /** The mode a deployment runs: a real gateway (the embedded simulator keeps payments in memory only). */
    static final String DEPLOYED_PAYMENT_GATEWAY_MODE = "external";

    private final Map<String, Object> properties;
    private final Map<String, Optional<String>> placeholders;

    private ServiceConfiguration(Map<String, Object> properties) {
        this.properties = properties;
        this.placeholders = new LinkedHashMap<>();
        properties.values().forEach(value -> {
            Matcher m = PLACEHOLDER.matcher(String.valueOf(value));
            while (m.find()) {
                placeholders.put(m.group(1), Optional.ofNullable(m.group(2)));
            }
        });
    }

    static ServiceConfiguration load() {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", new Yaml().load(Repository.read(Repository.APPLICATION_YML)), flat);
        return new ServiceConfiguration(flat);
    }

    /** The value of a key as written, placeholders included. */
    Optional<String> raw(String key) {
        return Optional.ofNullable(properties.get(key)).map(String::valueOf);
    }

    /** The value a key takes when no environment variable overrides it. */
    Optional<String> defaultValue(String key) {
        return raw(key).map(value -> {
            Matcher m = PLACEHOLDER.matcher(value);
            return m.matches() ? Optional.ofNullable(m.group(2)).orElse("") : value;
        });
    }

    int defaultPort() {
        return Integer.parseInt(defaultValue("server.port").orElse("8080"));
    }

    /** The environment variable a key's placeholder names, if any. */
    Optional<String> variableOf(String key) {
        return raw(key).map(PLACEHOLDER::matcher).filter(Matcher::matches).map(m -> m.group(1));
    }

    Set<String> placeholderVariables() {
        return placeholders.keySet();
    }

    /** Every environment variable that reaches a property the service has or that Spring documents. */
    Set<String> knownVariables() {
        Set<String> known = new TreeSet<>(placeholders.keySet());
        properties.keySet().forEach(key -> known.add(environmentName(key)));
        SPRING_PROPERTIES_SET_BY_DEPLOYMENTS.forEach(key -> known.add(environmentName(key)));
        known.addAll(JVM_VARIABLES);
        return known;
    }

    /** Spring Boot's canonical environment form: dots to underscores, dashes removed, upper case. */
    static String environmentName(String key) {
        return key.replace('.', '_').replace("-", "").replace("[", "_").replace("]", "").toUpperCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Map<String, Object> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, into));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else {
            into.put(prefix, node);
        }
    }
}
