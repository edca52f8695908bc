package cn.sz.dataexchange.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The Kubernetes manifests under deploy/k8s, every document of every file, and small helpers to walk them. */
final class Manifests {

    /** One YAML document and the file it came from. */
    record Manifest(Path file, Map<String, Object> body) {

        String kind() {
            return string(body, "kind");
        }

        String name() {
            return string(body, "metadata.name");
        }
    }

    private Manifests() {
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(Repository.K8S)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Manifest> all() {
        List<Manifest> manifests = new ArrayList<>();
        for (Path file : files()) {
            for (Object document : yaml().loadAll(Repository.read(file))) {
                if (document != null) {
                    manifests.add(new Manifest(file, map(document)));
                }
            }
        }
        return manifests;
    }

    static Manifest one(String kind) {
        List<Manifest> found = all().stream().filter(m -> kind.equals(m.body().get("kind"))).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " under deploy/k8s, found " + found.size());
        }
        return found.get(0);
    }

    static Map<String, Object> load(Path file) {
        return map(yaml().load(Repository.read(file)));
    }

    static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(options);
    }

    /** The value at a dotted path of map keys, or null. */
    static Object at(Object node, String path) {
        Object current = node;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    static String string(Object node, String path) {
        Object value = at(node, path);
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        if (!(node instanceof Map)) {
            throw new AssertionError("expected a mapping, got " + node);
        }
        return (Map<String, Object>) node;
    }

    static Map<String, Object> map(Object node, String path) {
        return map(Objects.requireNonNull(at(node, path), () -> "nothing at " + path));
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String path) {
        Object value = at(node, path);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw new AssertionError("expected a list at " + path + ", got " + value);
        }
        return (List<Object>) value;
    }

    static List<Map<String, Object>> maps(Object node, String path) {
        Object value = at(node, path);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new AssertionError("expected a list at " + path + ", got " + value);
        }
        return list.stream().map(Manifests::map).toList();
    }
}
