package cn.sz.dataexchange.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The container image as the "image" profile of exchange-api/pom.xml configures Jib, with the
 * profile's properties resolved: the one source the deploy files must agree with.
 */
record JibImage(String base, String repository, String tag, String mainClass, List<String> jvmFlags,
                List<Integer> ports, String user, Map<String, String> environment, List<String> volumes,
                Map<String, String> labels) {

    static final String PROFILE = "image";
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    String reference() {
        return repository + ":" + tag;
    }

    long uid() {
        return Long.parseLong(user.split(":")[0]);
    }

    long gid() {
        return Long.parseLong(user.split(":")[1]);
    }

    Optional<String> dataDirectory() {
        return Optional.ofNullable(environment.get("EXCHANGE_DATA_DIR"));
    }

    /** Jib's entrypoint for a Java 9+ project in the default app root: java, the flags, the classpath file, the main class. */
    List<String> entrypoint() {
        List<String> entrypoint = new ArrayList<>();
        entrypoint.add("java");
        entrypoint.addAll(jvmFlags);
        entrypoint.addAll(List.of("-cp", "@/app/jib-classpath-file", mainClass));
        return entrypoint;
    }

    static JibImage load() {
        Element project = parse().getDocumentElement();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("project.version", text(child(project, "parent").orElseThrow(), "version"));
        child(project, "version").ifPresent(v -> properties.put("project.version", v.getTextContent().trim()));
        properties.put("project.description", text(project, "description"));
        properties.put("project.build.directory", "target");
        Element profile = children(child(project, "profiles").orElseThrow(() -> new AssertionError("no profiles")), "profile")
                .stream().filter(p -> PROFILE.equals(text(p, "id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no profile '" + PROFILE + "' in exchange-api/pom.xml"));
        child(profile, "properties").ifPresent(ps -> children(ps, null)
                .forEach(p -> properties.put(p.getTagName(), p.getTextContent().trim())));
        Element jib = children(path(profile, "build", "plugins"), "plugin").stream()
                .filter(p -> "jib-maven-plugin".equals(text(p, "artifactId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no jib-maven-plugin in profile " + PROFILE));
        Element configuration = child(jib, "configuration").orElseThrow();
        Element container = child(configuration, "container").orElseThrow();

        String to = resolve(text(path(configuration, "to"), "image"), properties);
        int colon = to.lastIndexOf(':');
        return new JibImage(
                resolve(text(path(configuration, "from"), "image"), properties),
                to.substring(0, colon), to.substring(colon + 1),
                resolve(text(container, "mainClass"), properties),
                values(container, "jvmFlags", properties),
                values(container, "ports", properties).stream().map(Integer::valueOf).toList(),
                resolve(text(container, "user"), properties),
                entries(container, "environment", properties),
                values(container, "volumes", properties),
                entries(container, "labels", properties));
    }

    private static Document parse() {
        try (InputStream in = Files.newInputStream(Repository.SERVICE_POM)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("cannot read " + Repository.SERVICE_POM, e);
        }
    }

    private static String resolve(String value, Map<String, String> properties) {
        String resolved = value;
        for (int round = 0; round < 5 && resolved.contains("${"); round++) {
            Matcher m = PROPERTY.matcher(resolved);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String replacement = properties.get(m.group(1));
                if (replacement == null) {
                    throw new AssertionError("property ${" + m.group(1) + "} is not defined for the image profile");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            resolved = out.toString();
        }
        return resolved;
    }

    private static List<String> values(Element parent, String list, Map<String, String> properties) {
        return child(parent, list).map(l -> children(l, null).stream()
                .map(e -> resolve(e.getTextContent().trim(), properties)).toList()).orElse(List.of());
    }

    private static Map<String, String> entries(Element parent, String map, Map<String, String> properties) {
        Map<String, String> entries = new LinkedHashMap<>();
        child(parent, map).ifPresent(m -> children(m, null)
                .forEach(e -> entries.put(e.getTagName(), resolve(e.getTextContent().trim(), properties))));
        return entries;
    }

    private static Element path(Element from, String... names) {
        Element current = from;
        for (String name : names) {
            Element parent = current;
            current = child(parent, name).orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
        }
        return current;
    }

    private static String text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().trim())
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(e.getTagName()))) {
                found.add(e);
            }
        }
        return found;
    }
}
