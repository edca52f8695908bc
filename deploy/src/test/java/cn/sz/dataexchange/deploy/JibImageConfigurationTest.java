package cn.sz.dataexchange.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JibImageConfigurationTest {

    private static JibImage image;

    @BeforeAll
    static void read() {
        image = JibImage.load();
    }

    @Test
    void main_class_is_the_spring_boot_application_of_the_service() {
        Path source = Repository.SERVICE_SOURCES.resolve(image.mainClass().replace('.', '/') + ".java");
        assertThat(source).exists();
        assertThat(Repository.read(source)).contains("@SpringBootApplication").contains("public static void main(");
    }

    @Test
    void runs_as_a_numeric_user_that_is_not_root_and_the_offline_base_knows() {
        assertThat(image.user()).matches("\\d+:\\d+");
        assertThat(image.uid()).isPositive();
        String script = Repository.read(Repository.BASE_IMAGE_SCRIPT);
        assertThat(scriptDefault(script, "APP_UID")).isEqualTo(String.valueOf(image.uid()));
        assertThat(scriptDefault(script, "APP_GID")).isEqualTo(String.valueOf(image.gid()));
    }

    @Test
    void jvm_flags_size_the_heap_from_the_container_memory_limit() {
        String percentage = image.jvmFlags().stream().filter(f -> f.startsWith("-XX:MaxRAMPercentage="))
                .map(f -> f.substring(f.indexOf('=') + 1)).findFirst()
                .orElseThrow(() -> new AssertionError("no -XX:MaxRAMPercentage"));
        assertThat(Double.parseDouble(percentage)).isBetween(50.0, 80.0);
        assertThat(image.jvmFlags()).as("a fixed heap ignores the container's limit").noneMatch(f -> f.startsWith("-Xmx"));
        assertThat(image.jvmFlags()).contains("-XX:+ExitOnOutOfMemoryError");
    }

    @Test
    void keeps_the_data_directory_in_a_volume_and_labels_the_version() {
        String dataDir = image.dataDirectory().orElseThrow(() -> new AssertionError("no EXCHANGE_DATA_DIR in the image"));
        assertThat(image.volumes()).containsExactly(dataDir);
        assertThat(ServiceConfiguration.load().variableOf("exchange.data-dir")).contains("EXCHANGE_DATA_DIR");
        assertThat(image.labels()).containsEntry("org.opencontainers.image.version", image.tag());
    }

    @Test
    void base_is_a_java_17_runtime_by_default_and_the_plugin_version_is_pinned() {
        assertThat(image.base()).contains(":17");
        assertThat(Repository.read(Repository.SERVICE_POM)).contains("<image>${image.base}</image>");
        String rootPom = Repository.read(Repository.ROOT.resolve("pom.xml"));
        assertThat(rootPom).containsPattern("<jib\\.version>[0-9.]+</jib\\.version>");
        assertThat(Files.isExecutable(Repository.BASE_IMAGE_SCRIPT)).as("build-base-image.sh is executable").isTrue();
    }

    private static String scriptDefault(String script, String variable) {
        Matcher m = Pattern.compile("\\$\\{" + variable + ":-([^}]*)}").matcher(script);
        assertThat(m.find()).as(variable + " default in build-base-image.sh").isTrue();
        return m.group(1);
    }
}
