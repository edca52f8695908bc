package cn.sz.dataexchange.contracts.cli;

import cn.sz.dataexchange.contracts.json.CanonicalJson;
import cn.sz.dataexchange.contracts.json.MalformedJsonException;
import java.time.Clock;
import java.util.Set;

/** canonicalize: prints the RFC 8785 form of any JSON file and its SHA-256, for checking other implementations. */
final class CanonicalizeCommand implements Command {

    public String name() {
        return "canonicalize";
    }

    public String usage() {
        return "canonicalize --json any.json";
    }

    public int run(String[] argv, Console console, Clock clock) {
        Arguments args = Arguments.parse(argv, 1, Set.of("json"), Set.of());
        try {
            CanonicalJson canonical = CanonicalJson.parse(args.fileText("json"));
            console.out().println(canonical.text());
            console.err().println("sha256 " + canonical.digest().hex());
            return OK;
        } catch (MalformedJsonException e) {
            throw new BadInput("--json: " + e.getMessage());
        }
    }
}
