package cn.sz.dataexchange.validator.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options and positional arguments of one command. */
final class Options {

    private final Map<String, String> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    static Options parse(List<String> args, Set<String> known) {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                if (!known.contains(name)) {
                    throw new UsageException("unknown option " + a);
                }
                if (i + 1 >= args.size()) {
                    throw new UsageException("option " + a + " needs a value");
                }
                o.values.put(name, args.get(++i));
            } else {
                o.positional.add(a);
            }
        }
        return o;
    }

    String get(String name) {
        return values.get(name);
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException("--" + name + " is required");
        }
        return v;
    }

    String getOrDefault(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    List<String> positional() {
        return positional;
    }
}
