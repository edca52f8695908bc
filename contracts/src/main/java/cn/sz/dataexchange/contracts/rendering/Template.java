package cn.sz.dataexchange.contracts.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A text template with {{name}} placeholders, loaded from this module's resources. Every placeholder must be filled. */
final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9]+)}}");

    private final String name;
    private final String text;

    private Template(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static Template load(String resourceName) {
        try (InputStream in = Template.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("template resource missing: " + resourceName);
            }
            return new Template(resourceName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("template resource unreadable: " + resourceName, e);
        }
    }

    String fill(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("template " + name + " needs a value for " + matcher.group(1));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
