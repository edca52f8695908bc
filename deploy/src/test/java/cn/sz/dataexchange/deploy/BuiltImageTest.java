package cn.sz.dataexchange.deploy;

import static cn.sz.dataexchange.deploy.Manifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When an image tar built from the current POM is there (./mvnw -Pimage ...), its configuration
 * must be what the manifests assume. CI builds no image, so this usually skips.
 */
class BuiltImageTest {

    private static JibImage image;
    private static Map<String, Object> config;
    private static List<Object> repoTags;

    @BeforeAll
    static void read() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(Repository.IMAGE_TAR), "no image tar built");
        Assumptions.assumeTrue(Files.getLastModifiedTime(Repository.IMAGE_TAR)
                        .compareTo(Files.getLastModifiedTime(Repository.SERVICE_POM)) >= 0,
                "the image tar is older than exchange-api/pom.xml: rebuild it to check it");
        image = JibImage.load();
        Map<String, Object> manifest = map(((List<?>) Manifests.yaml().load(read("manifest.json"))).get(0));
        repoTags = Manifests.list(manifest, "RepoTags");
        config = map(Manifests.yaml().load(read(String.valueOf(manifest.get("Config")))), "config");
    }

    @Test
    void image_tar_has_the_configured_name_entrypoint_user_and_port() {
        assertThat(repoTags).contains(image.reference());
        assertThat(config.get("Entrypoint")).isEqualTo(image.entrypoint());
        assertThat(config.get("User")).isEqualTo(image.user());
        assertThat(map(config, "ExposedPorts")).containsOnlyKeys(image.ports().stream().map(p -> p + "/tcp").toArray(String[]::new));
        assertThat(Manifests.list(config, "Env")).contains("EXCHANGE_DATA_DIR=" + image.dataDirectory().orElseThrow());
        assertThat(map(config, "Volumes")).containsOnlyKeys(image.volumes().toArray(String[]::new));
    }

    private static String read(String entry) {
        return ImageTar.read(Repository.IMAGE_TAR, entry)
                .orElseThrow(() -> new AssertionError(entry + " not in " + Repository.IMAGE_TAR));
    }
}
