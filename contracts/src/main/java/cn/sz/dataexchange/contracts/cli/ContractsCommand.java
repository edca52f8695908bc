package cn.sz.dataexchange.contracts.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of {@code java -jar contracts.jar COMMAND [--option value]...}. Exit codes: 0 ok,
 * 1 invalid (a signature, receipt, digest or rendering that does not hold), 2 bad input. Never
 * prints a stack trace.
 */
public final class ContractsCommand {

    private static final List<Command> COMMANDS = List.of(new KeygenCommand(), new SignCommand(),
            new SignReceiptCommand(), new VerifyCommand(), new VerifyReceiptCommand(), new DigestCommand(),
            new RenderCommand(), new CheckRenderingCommand(), new CanonicalizeCommand());

    private ContractsCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, Clock.systemUTC()));
    }

    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        Console console = new Console(out, err);
        if (args.length == 0 || "--help".equals(args[0]) || "help".equals(args[0])) {
            out.print(usage());
            return args.length == 0 ? Command.BAD_INPUT : Command.OK;
        }
        Optional<Command> command = COMMANDS.stream().filter(c -> c.name().equals(args[0])).findFirst();
        if (command.isEmpty()) {
            err.println("error: unknown command " + args[0]);
            err.print(usage());
            return Command.BAD_INPUT;
        }
        try {
            return command.get().run(args, console, clock);
        } catch (BadInput e) {
            err.println("error: " + e.getMessage());
            err.println("usage: " + command.get().usage());
            return Command.BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return Command.BAD_INPUT;
        }
    }

    static String usage() {
        StringBuilder text = new StringBuilder("usage: java -jar contracts.jar COMMAND [options]\n\ncommands:\n");
        COMMANDS.forEach(c -> text.append("  ").append(c.usage()).append('\n'));
        text.append("\nexit codes: 0 ok, 1 invalid, 2 bad input\n");
        return text.toString();
    }
}
