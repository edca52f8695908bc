package cn.sz.dataexchange.contracts.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** "--name value" options after the command name; a name may repeat. */
final class Arguments {

    private final Map<String, List<String>> options = new LinkedHashMap<>();

    private Arguments() {
    }

    static Arguments parse(String[] args, int from, Set<String> known, Set<String> flags) {
        Arguments parsed = new Arguments();
        for (int i = from; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || !known.contains(name.substring(2))) {
                throw new BadInput("unknown option " + name + " (known: --" + String.join(", --", known) + ")");
            }
            String key = name.substring(2);
            if (flags.contains(key)) {
                parsed.options.computeIfAbsent(key, k -> new ArrayList<>()).add("true");
                continue;
            }
            if (i + 1 >= args.length) {
                throw new BadInput("option " + name + " needs a value");
            }
            parsed.options.computeIfAbsent(key, k -> new ArrayList<>()).add(args[++i]);
        }
        return parsed;
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> new BadInput("missing --" + name));
    }

    Optional<String> optional(String name) {
        List<String> values = options.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new BadInput("--" + name + " given more than once");
        }
        return values.stream().findFirst();
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    /** The text of the file named by the option. */
    String fileText(String name) {
        return readFile(required(name), "--" + name);
    }

    /** A value given inline, or read from a file when written as @path. */
    static String inlineOrFile(String value, String what) {
        return value.startsWith("@") ? readFile(value.substring(1), what).strip() : value.strip();
    }

    static String readFile(String path, String what) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new BadInput(what + ": cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
