package cn.sz.dataexchange.validator.cli;

import cn.sz.dataexchange.validator.ListingValidator;
import cn.sz.dataexchange.validator.ValidationRequest;
import cn.sz.dataexchange.validator.consent.SubjectKeyDerivation;
import cn.sz.dataexchange.validator.json.ValidatorJson;
import cn.sz.dataexchange.validator.model.ListingManifest;
import cn.sz.dataexchange.validator.model.ValidationReport;
import cn.sz.dataexchange.validator.model.ValidatorConfig;
import cn.sz.dataexchange.validator.model.Verdict;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** {@code validate}: runs every rule and prints the report. */
final class ValidateCommand {

    private static final Set<String> OPTIONS = Set.of("manifest", "data", "consents", "catalog", "fingerprints",
            "format", "data-format", "subject-secret-file", "now");
    private static final ZoneId SHENZHEN = ZoneId.of("Asia/Shanghai");

    private final PrintStream out;

    ValidateCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws IOException {
        Options o = Options.parse(args, OPTIONS);
        String format = o.getOrDefault("format", "json");
        if (!format.equals("json") && !format.equals("text")) {
            throw new UsageException("--format must be json or text");
        }
        ListingManifest manifest;
        try (InputStream in = Files.newInputStream(Path.of(o.required("manifest")))) {
            manifest = ValidatorJson.readManifest(in);
        }
        String data = o.required("data");
        byte[] secret = InputFiles.secret(o.get("subject-secret-file"));
        ListingValidator validator = new ListingValidator(InputFiles.consents(o.get("consents")),
                InputFiles.catalog(o.get("catalog")), InputFiles.fingerprints(o.get("fingerprints")),
                ValidatorConfig.defaults(), clock(o.get("now")));
        ValidationReport report;
        try (InputStream in = Files.newInputStream(Path.of(data))) {
            report = validator.validate(new ValidationRequest(manifest, in, InputFiles.format(o.get("data-format"), data),
                    secret == null ? null : new SubjectKeyDerivation(secret)));
        }
        out.println(format.equals("json") ? ValidatorJson.writeReportPretty(report) : ReportText.render(report));
        return report.verdict() == Verdict.PASS ? Main.PASS : Main.REJECT;
    }

    private static Clock clock(String now) {
        if (now == null) {
            return Clock.system(SHENZHEN);
        }
        try {
            return Clock.fixed(Instant.parse(now), SHENZHEN);
        } catch (DateTimeParseException e) {
            throw new UsageException("--now must be an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
    }
}
