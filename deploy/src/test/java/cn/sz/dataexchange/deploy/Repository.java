package cn.sz.dataexchange.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's files as the tests read them: the deploy files and the service's own configuration. */
final class Repository {

    static final Path ROOT = findRoot();
    static final Path DEPLOY = ROOT.resolve("deploy");
    static final Path K8S = DEPLOY.resolve("k8s");
    static final Path COMPOSE = DEPLOY.resolve("docker-compose.yml");
    static final Path SERVICE_POM = ROOT.resolve("exchange-api/pom.xml");
    static final Path APPLICATION_YML = ROOT.resolve("exchange-api/src/main/resources/application.yml");
    static final Path SERVICE_SOURCES = ROOT.resolve("exchange-api/src/main/java");
    static final Path IMAGE_TAR = ROOT.resolve("exchange-api/target/jib-image.tar");
    static final Path BASE_IMAGE_SCRIPT = DEPLOY.resolve("base-image/build-base-image.sh");

    private Repository() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findRoot() {
        // Surefire runs in deploy/; an IDE may run in the repository root.
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate = here; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("exchange-api/pom.xml"))
                    && Files.isDirectory(candidate.resolve("deploy"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("not inside the repository: " + here);
    }
}
