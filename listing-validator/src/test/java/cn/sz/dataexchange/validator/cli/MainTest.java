package cn.sz.dataexchange.validator.cli;

import cn.sz.dataexchange.validator.json.ValidatorJson;
import cn.sz.dataexchange.validator.testdata.Listings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import static cn.sz.dataexchange.validator.testdata.Listings.ADULT;
import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void exits_zero_when_the_listing_passes() throws IOException {
        Path consents = write("consents.jsonl", ValidatorJson.writeConsent(Listings.consentFor(ADULT).build()) + "\n");

        int code = run("validate", "--manifest", manifest(), "--data", write("data.csv", "id_no\n" + ADULT + "\n").toString(),
                "--consents", consents.toString(), "--subject-secret-file", secret(), "--now", "2026-11-23T02:00:00Z");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"verdict\" : \"PASS\"");
    }

    @Test
    void exits_one_with_a_readable_text_report_when_the_listing_is_rejected() throws IOException {
        int code = run("validate", "--manifest", manifest(), "--data", write("data.csv", "id_no\n" + ADULT + "\n").toString(),
                "--subject-secret-file", secret(), "--format", "text");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("REJECT").contains("[BLOCKING] LV-CONSENT-01");
    }

    @Test
    void exits_two_without_a_stack_trace_on_bad_input() throws IOException {
        assertThat(run("validate", "--manifest", write("m.json", "{not json").toString(), "--data", "x.csv")).isEqualTo(2);
        assertThat(run("validate", "--manifest", manifest(), "--data", dir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(run("validate", "--manifest", manifest(), "--data", write("bad.csv", "a\n\"open\n").toString(),
                "--subject-secret-file", secret())).isEqualTo(2);
        assertThat(run("validate", "--manifest", manifest(), "--data", write("d.csv", "id_no\n1\n").toString())).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error:").doesNotContain("\tat ").doesNotContain("Exception:");
    }

    @Test
    void scan_prints_every_identifier_with_its_physical_line_column_and_mask() throws IOException {
        Path data = write("data.csv", "name,note\nZhang,\"line one\ncall 13812345678\"\nLi,\"mail \"\"li\"\" at li@qq.com\"\n");

        int code = run("scan", data.toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "{\"line\":3,\"column\":\"note\",\"kind\":\"MOBILE\",\"masked\":\"138******78\"}",
                "{\"line\":4,\"column\":\"note\",\"kind\":\"EMAIL\",\"masked\":\"l***@qq.com\"}");
    }

    @Test
    void scan_reads_json_lines_too() throws IOException {
        Path data = write("data.jsonl", "{\"person\":{\"id\":\"" + ADULT + "\"}}\n");

        assertThat(run("scan", data.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"column\":\"person.id\",\"kind\":\"RESIDENT_ID\"");
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String manifest() throws IOException {
        return write("manifest.json", ValidatorJson.writeManifest(Listings.manifest().build())).toString();
    }

    private String secret() throws IOException {
        return write("secret.hex", HexFormat.of().formatHex("seller-0001-secret-key".getBytes(StandardCharsets.UTF_8))).toString();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
