package cn.sz.dataexchange.validator.cli;

import cn.sz.dataexchange.validator.facts.IdentifierScan;
import cn.sz.dataexchange.validator.model.ValidatorConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** {@code scan}: prints every identifier found, one JSON object per line. */
final class ScanCommand {

    private static final Set<String> OPTIONS = Set.of("format", "data-format");

    private final PrintStream out;

    ScanCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws IOException {
        Options o = Options.parse(args, OPTIONS);
        if (o.positional().size() != 1) {
            throw new UsageException("scan takes exactly one FILE");
        }
        if (!o.getOrDefault("format", "jsonl").equals("jsonl")) {
            throw new UsageException("--format must be jsonl");
        }
        String file = o.positional().get(0);
        ValidatorConfig config = ValidatorConfig.defaults();
        JsonLinesHits hits = new JsonLinesHits(out);
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            new IdentifierScan(LocalDate.now(ZoneId.of("Asia/Shanghai")), config.bufferBytes(), config.maxRecordBytes())
                    .run(in, InputFiles.format(o.get("data-format"), file), hits);
        }
        hits.flush();
        return Main.PASS;
    }
}
