package cn.sz.dataexchange.deploy;

import static cn.sz.dataexchange.deploy.Manifests.at;
import static cn.sz.dataexchange.deploy.Manifests.map;
import static cn.sz.dataexchange.deploy.Manifests.maps;
import static cn.sz.dataexchange.deploy.Manifests.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.deploy.Manifests.Manifest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KubernetesManifestsTest {

    private static final String EXAMPLE_SECRET = "secret.example.yaml";

    private static JibImage image;
    private static ServiceConfiguration service;
    private static Map<String, Object> deployment;
    private static Map<String, Object> pod;
    private static Map<String, Object> container;

    @BeforeAll
    static void read() {
        image = JibImage.load();
        service = ServiceConfiguration.load();
        deployment = Manifests.one("Deployment").body();
        pod = map(deployment, "spec.template.spec");
        List<Map<String, Object>> containers = maps(pod, "containers");
        assertThat(containers).as("containers of the Deployment").hasSize(1);
        container = containers.get(0);
    }

    @Test
    void every_file_parses_into_manifests_with_an_api_version_a_kind_and_a_name() {
        assertThat(Manifests.files()).as("files under deploy/k8s").isNotEmpty();
        for (Manifest m : Manifests.all()) {
            assertThat(m.body()).as(m.file().getFileName().toString()).containsKeys("apiVersion", "kind");
            if (!"Kustomization".equals(m.kind())) {
                assertThat(m.name()).as("metadata.name in " + m.file().getFileName()).isNotBlank();
            }
        }
    }

    @Test
    void kustomization_applies_every_manifest_but_the_example_secret() {
        Map<String, Object> kustomization = Manifests.one("Kustomization").body();
        Set<String> listed = new TreeSet<>();
        Manifests.list(kustomization, "resources").forEach(r -> listed.add(String.valueOf(r)));
        Set<String> files = new TreeSet<>();
        Manifests.files().forEach(f -> files.add(f.getFileName().toString()));
        files.removeAll(Set.of("kustomization.yaml", EXAMPLE_SECRET));
        assertThat(listed).isEqualTo(files);
    }

    @Test
    void deployment_runs_the_image_jib_builds_with_the_image_entrypoint() {
        assertThat(container.get("image")).isEqualTo(image.reference());
        assertThat(container).as("command/args would replace the entrypoint Jib writes (JVM flags, main class)")
                .doesNotContainKeys("command", "args");

        Map<String, Object> kustomization = Manifests.one("Kustomization").body();
        List<Map<String, Object>> images = maps(kustomization, "images");
        assertThat(images).extracting(i -> i.get("name")).containsExactly(image.repository());
        assertThat(images.get(0).get("newTag")).as("kustomization's tag").isEqualTo(image.tag());
    }

    @Test
    void container_port_is_the_port_the_service_listens_on_and_the_image_exposes() {
        int port = service.defaultPort();
        assertThat(service.variableOf("server.port")).as("server.port follows EXCHANGE_PORT").contains("EXCHANGE_PORT");
        assertThat(image.ports()).containsExactly(port);
        assertThat(maps(container, "ports")).extracting(p -> p.get("containerPort")).containsExactly(port);
        assertThat(configMap()).as("EXCHANGE_PORT would move the port away from the probes").doesNotContainKey("EXCHANGE_PORT");

        Map<String, Object> serviceManifest = Manifests.one("Service").body();
        for (Map<String, Object> p : maps(serviceManifest, "spec.ports")) {
            assertThat(containerPort(p.get("targetPort"))).as("Service targetPort").isEqualTo(port);
        }
    }

    @Test
    void probes_ask_the_actuator_health_groups_on_the_http_port() {
        assertThat(service.raw("management.endpoint.health.probes.enabled")).contains("true");
        assertThat(service.raw("management.endpoints.web.exposure.include").orElse("")).contains("health");
        assertThat(service.raw("management.server.port")).as("actuator on the application port").isEmpty();

        Map<String, String> expected = Map.of(
                "startupProbe", "/actuator/health/liveness",
                "livenessProbe", "/actuator/health/liveness",
                "readinessProbe", "/actuator/health/readiness");
        expected.forEach((probe, path) -> {
            assertThat(string(container, probe + ".httpGet.path")).as(probe).isEqualTo(path);
            assertThat(containerPort(at(container, probe + ".httpGet.port"))).as(probe + " port").isEqualTo(service.defaultPort());
        });
        assertThat(serviceSourcesContain("\"/actuator/health/**\""))
                .as("the security configuration leaves /actuator/health/** open, or the probes get 401").isTrue();
    }

    @Test
    void pod_runs_as_the_image_user_with_a_read_only_root_and_writable_data_and_tmp() {
        assertThat(at(pod, "securityContext.runAsNonRoot")).isEqualTo(true);
        assertThat(((Number) at(pod, "securityContext.runAsUser")).longValue()).as("runAsUser = the image's user")
                .isEqualTo(image.uid()).isPositive();
        assertThat(at(pod, "securityContext.fsGroup")).as("fsGroup makes the data volume writable").isNotNull();
        assertThat(at(container, "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(at(container, "securityContext.allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(Manifests.list(container, "securityContext.capabilities.drop")).contains("ALL");

        String dataDir = image.dataDirectory().orElseThrow(() -> new AssertionError("the image sets no EXCHANGE_DATA_DIR"));
        assertThat(image.volumes()).contains(dataDir);
        assertThat(configMap().get("EXCHANGE_DATA_DIR")).isEqualTo(dataDir);
        Set<String> mounts = new HashSet<>();
        maps(container, "volumeMounts").forEach(m -> {
            assertThat(m.get("readOnly")).as("mount " + m.get("mountPath")).isNotEqualTo(true);
            mounts.add(String.valueOf(m.get("mountPath")));
        });
        assertThat(image.jvmFlags()).contains("-Djava.io.tmpdir=/tmp");
        assertThat(mounts).contains(dataDir, "/tmp");
    }

    @Test
    void data_volume_is_a_claim_every_replica_can_write_when_there_can_be_several() {
        String dataDir = image.dataDirectory().orElseThrow();
        String volumeName = maps(container, "volumeMounts").stream()
                .filter(m -> dataDir.equals(m.get("mountPath"))).findFirst().orElseThrow().get("name").toString();
        Map<String, Object> volume = maps(pod, "volumes").stream()
                .filter(v -> volumeName.equals(v.get("name"))).findFirst().orElseThrow();
        String claim = string(volume, "persistentVolumeClaim.claimName");
        assertThat(claim).as("the data directory (uploaded assets) must outlive the pod").isNotNull();
        Manifest pvc = Manifests.one("PersistentVolumeClaim");
        assertThat(pvc.name()).isEqualTo(claim);
        if (((Number) at(hpa(), "spec.maxReplicas")).intValue() > 1) {
            assertThat(Manifests.list(pvc.body(), "spec.accessModes")).as("several replicas share the data directory")
                    .contains("ReadWriteMany");
        }
    }

    @Test
    void every_environment_variable_reaches_a_property_of_the_service() {
        Set<String> known = service.knownVariables();
        Set<String> used = new TreeSet<>(configMap().keySet());
        used.addAll(exampleSecret().keySet());
        maps(container, "env").forEach(e -> used.add(String.valueOf(e.get("name"))));
        assertThat(used).as("variables not in application.yml nor a documented Spring property").isSubsetOf(known);
    }

    @Test
    void secrets_come_from_the_secret_and_never_from_the_config_map() {
        Map<String, Object> configMap = configMap();
        configMap.forEach((key, value) -> {
            assertThat(Secrets.looksSecret(key)).as("ConfigMap key " + key + " names a secret").isFalse();
            assertThat(Secrets.looksLikeCredentials(String.valueOf(value))).as("ConfigMap value of " + key).isFalse();
        });
        assertThat(exampleSecret().keySet()).containsAll(ServiceConfiguration.SECRET_VARIABLES);
        assertThat(exampleSecret().keySet()).as("the Secret holds the database users too")
                .contains("SPRING_R2DBC_USERNAME", "SPRING_FLYWAY_USER");

        List<Map<String, Object>> envFrom = maps(container, "envFrom");
        assertThat(envFrom).extracting(e -> string(e, "configMapRef.name")).contains(Manifests.one("ConfigMap").name());
        assertThat(envFrom).extracting(e -> string(e, "secretRef.name")).contains(exampleSecretManifest().name());
        for (Map<String, Object> e : maps(container, "env")) {
            String name = String.valueOf(e.get("name"));
            if (Secrets.looksSecret(name)) {
                assertThat(e).as("env " + name + " must come from a secretKeyRef").doesNotContainKey("value");
            }
        }
    }

    @Test
    void config_map_names_an_external_payment_gateway_and_its_url_since_the_service_has_no_default() {
        assertThat(service.defaultValue(ServiceConfiguration.PAYMENT_GATEWAY_MODE)).as("the service's own default")
                .hasValue("");
        String mode = service.variableOf(ServiceConfiguration.PAYMENT_GATEWAY_MODE).orElseThrow();
        String url = service.variableOf(ServiceConfiguration.PAYMENT_GATEWAY_URL).orElseThrow();
        Map<String, Object> configMap = configMap();
        assertThat(configMap.get(mode)).as(mode).isEqualTo(ServiceConfiguration.DEPLOYED_PAYMENT_GATEWAY_MODE);
        URI gateway = URI.create(String.valueOf(configMap.get(url)));
        assertThat(gateway.getScheme()).as(url).isIn("http", "https");
        assertThat(gateway.getHost()).as(url).isNotBlank();
        for (Map<String, Object> e : maps(container, "env")) {
            assertThat(e.get("name")).as("the Deployment leaves the gateway to the ConfigMap").isNotIn(mode, url);
        }
    }

    @Test
    void example_secret_holds_placeholders_only_and_is_not_applied() {
        exampleSecret().forEach((key, value) ->
                assertThat(String.valueOf(value)).as("example value of " + key).contains("REPLACE_ME"));
        assertThat(exampleSecretManifest().body()).as("use stringData for readable placeholders").doesNotContainKey("data");
    }

    @Test
    void container_requests_cpu_and_memory_and_limits_memory_for_the_heap_percentage() {
        Map<String, Object> requests = map(container, "resources.requests");
        Map<String, Object> limits = map(container, "resources.limits");
        assertThat(requests).containsKeys("cpu", "memory");
        assertThat(limits).as("MaxRAMPercentage sizes the heap from the memory limit").containsKey("memory");
        assertThat(Quantities.of(limits.get("memory"))).isGreaterThanOrEqualTo(Quantities.of(requests.get("memory")));
        if (limits.containsKey("cpu")) {
            assertThat(Quantities.of(limits.get("cpu"))).isGreaterThanOrEqualTo(Quantities.of(requests.get("cpu")));
        }
        assertThat(image.jvmFlags()).anyMatch(f -> f.startsWith("-XX:MaxRAMPercentage="));
        assertThat(Quantities.of(limits.get("memory"))).as("room for heap and native memory")
                .isGreaterThanOrEqualTo(Quantities.of("1Gi"));
    }

    @Test
    void hpa_scales_the_deployment_on_cpu_which_the_pods_request() {
        Map<String, Object> hpa = hpa();
        assertThat(string(hpa, "apiVersion")).isEqualTo("autoscaling/v2");
        assertThat(string(hpa, "spec.scaleTargetRef.apiVersion")).isEqualTo("apps/v1");
        assertThat(string(hpa, "spec.scaleTargetRef.kind")).isEqualTo("Deployment");
        assertThat(string(hpa, "spec.scaleTargetRef.name")).isEqualTo(string(deployment, "metadata.name"));
        int min = ((Number) at(hpa, "spec.minReplicas")).intValue();
        int max = ((Number) at(hpa, "spec.maxReplicas")).intValue();
        assertThat(min).isBetween(1, max);
        assertThat(at(deployment, "spec.replicas")).as("replicas in the Deployment would fight the HPA on every apply").isNull();
        for (Map<String, Object> metric : maps(hpa, "spec.metrics")) {
            if ("Resource".equals(metric.get("type"))) {
                String resource = string(metric, "resource.name");
                assertThat(map(container, "resources.requests")).as("utilisation of " + resource + " needs a request")
                        .containsKey(resource);
            }
        }
    }

    @Test
    void pdb_selects_the_pods_and_leaves_room_to_drain() {
        Map<String, Object> pdb = Manifests.one("PodDisruptionBudget").body();
        Map<String, Object> selector = map(pdb, "spec.selector.matchLabels");
        assertThat(map(deployment, "spec.template.metadata.labels")).containsAllEntriesOf(selector);
        assertThat(selector).isEqualTo(map(deployment, "spec.selector.matchLabels"));
        Object minAvailable = at(pdb, "spec.minAvailable");
        if (minAvailable instanceof Number n) {
            assertThat(n.intValue()).as("minAvailable below the HPA's minReplicas, or no pod may ever be evicted")
                    .isLessThan(((Number) at(hpa(), "spec.minReplicas")).intValue());
        } else {
            assertThat(at(pdb, "spec.maxUnavailable")).as("a PDB needs minAvailable or maxUnavailable").isNotNull();
        }
    }

    @Test
    void service_and_deployment_select_the_pods() {
        Map<String, Object> labels = map(deployment, "spec.template.metadata.labels");
        assertThat(labels).containsAllEntriesOf(map(deployment, "spec.selector.matchLabels"));
        assertThat(labels).containsAllEntriesOf(map(Manifests.one("Service").body(), "spec.selector"));
    }

    @Test
    void graceful_shutdown_fits_in_the_termination_grace_period() {
        assertThat(service.raw("server.shutdown")).contains("graceful");
        Duration drain = service.defaultValue("spring.lifecycle.timeout-per-shutdown-phase")
                .map(Quantities::duration).orElse(Duration.ofSeconds(30));
        Object preStop = at(container, "lifecycle.preStop.sleep.seconds");
        Duration pause = Duration.ofSeconds(preStop == null ? 0 : ((Number) preStop).longValue());
        Duration grace = Duration.ofSeconds(((Number) at(pod, "terminationGracePeriodSeconds")).longValue());
        assertThat(grace).isGreaterThan(drain.plus(pause));
    }

    private static Map<String, Object> configMap() {
        return map(Manifests.one("ConfigMap").body(), "data");
    }

    private static Manifest exampleSecretManifest() {
        Manifest secret = Manifests.one("Secret");
        assertThat(secret.file().getFileName().toString()).isEqualTo(EXAMPLE_SECRET);
        return secret;
    }

    private static Map<String, Object> exampleSecret() {
        return map(exampleSecretManifest().body(), "stringData");
    }

    private static Map<String, Object> hpa() {
        return Manifests.one("HorizontalPodAutoscaler").body();
    }

    /** A probe or Service port: a number, or the name of a container port. */
    private static int containerPort(Object port) {
        if (port instanceof Number n) {
            return n.intValue();
        }
        return maps(container, "ports").stream().filter(p -> String.valueOf(port).equals(p.get("name")))
                .map(p -> ((Number) p.get("containerPort")).intValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port));
    }

    private static boolean serviceSourcesContain(String text) {
        try (Stream<Path> files = Files.walk(Repository.SERVICE_SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).anyMatch(f -> Repository.read(f).contains(text));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
