package cn.sz.dataexchange.contracts.cli;

import cn.sz.dataexchange.contracts.rendering.ContractRendering;
import cn.sz.dataexchange.contracts.rendering.Language;
import java.time.Clock;
import java.util.Set;

/** render: prints the human-readable contract in Chinese or English. */
final class RenderCommand implements Command {

    public String name() {
        return "render";
    }

    public String usage() {
        return "render --contract contract.json [--lang zh|en]";
    }

    public int run(String[] argv, Console console, Clock clock) {
        Arguments args = Arguments.parse(argv, 1, Set.of("contract", "lang"), Set.of());
        Language language = Language.fromTag(args.optional("lang").orElse("zh"))
                .orElseThrow(() -> new BadInput("--lang must be zh or en"));
        console.out().print(ContractRendering.render(Inputs.contract(args).contract(), language));
        return OK;
    }
}
