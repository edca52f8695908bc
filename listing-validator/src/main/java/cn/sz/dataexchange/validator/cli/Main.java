package cn.sz.dataexchange.validator.cli;

import cn.sz.dataexchange.validator.asset.InvalidAssetException;
import cn.sz.dataexchange.validator.json.InvalidInputException;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar listing-validator.jar validate|scan ...}. Exit codes: 0 PASS (or scan done),
 * 1 REJECT, 2 bad input. Errors are one line on standard error, never a stack trace.
 */
public final class Main {

    static final int PASS = 0;
    static final int REJECT = 1;
    static final int BAD_INPUT = 2;

    static final String USAGE = """
            usage:
              listing-validator validate --manifest M.json --data FILE [--consents C.jsonl] [--catalog CAT.json]
                                         [--fingerprints F.json] [--format json|text] [--data-format csv|jsonl]
                                         [--subject-secret-file SECRET] [--now 2026-01-01T00:00:00Z]
              listing-validator scan FILE [--format jsonl] [--data-format csv|jsonl]
            exit codes: 0 PASS, 1 REJECT, 2 bad input""";

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.BufferedOutputStream(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return BAD_INPUT;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "validate" -> new ValidateCommand(out).run(rest);
                case "scan" -> new ScanCommand(out).run(rest);
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield PASS;
                }
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return BAD_INPUT;
        } catch (InvalidAssetException | InvalidInputException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (UncheckedIOException e) {
            err.println("error: " + describe(e.getCause()));
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("error: " + describe(e));
            return BAD_INPUT;
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("error: unexpected failure (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return BAD_INPUT;
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "cannot read: " + a.getFile();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
