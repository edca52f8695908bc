package cn.sz.dataexchange.contracts.cli;

import cn.sz.dataexchange.contracts.rendering.RenderingCheck;
import cn.sz.dataexchange.contracts.rendering.RenderingVerdict;
import java.time.Clock;
import java.util.Set;

/** check-rendering: tells whether a rendering (e.g. a printed or mailed copy) belongs to the contract. */
final class CheckRenderingCommand implements Command {

    public String name() {
        return "check-rendering";
    }

    public String usage() {
        return "check-rendering --contract contract.json --rendering contract.zh.md";
    }

    public int run(String[] argv, Console console, Clock clock) {
        Arguments args = Arguments.parse(argv, 1, Set.of("contract", "rendering"), Set.of());
        RenderingVerdict verdict = RenderingCheck.check(args.fileText("rendering"), Inputs.contract(args).contract());
        console.out().println(verdict.matches() ? "MATCHES " + verdict : "DOES NOT MATCH " + verdict);
        return verdict.matches() ? OK : INVALID;
    }
}
