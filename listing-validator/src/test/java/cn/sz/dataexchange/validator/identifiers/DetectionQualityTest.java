package cn.sz.dataexchange.validator.identifiers;

import cn.sz.dataexchange.validator.testdata.LabelledCorpus;
import cn.sz.dataexchange.validator.testdata.LabelledCorpus.Label;
import cn.sz.dataexchange.validator.testdata.LabelledCorpus.Sample;
import cn.sz.dataexchange.validator.testdata.WrittenFormCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Precision and recall per kind over the generated labelled corpus; the table is written to target/detection-quality.md. */
class DetectionQualityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void detectors_keep_precision_and_recall_per_kind_on_the_labelled_corpus() throws IOException {
        List<Sample> corpus = LabelledCorpus.generate(20261123L, 2000);
        IdentifierScanner scanner = new IdentifierScanner(TODAY);
        Map<IdentifierKind, int[]> tally = new EnumMap<>(IdentifierKind.class); // tp, fp, fn
        for (IdentifierKind k : IdentifierKind.values()) {
            tally.put(k, new int[3]);
        }
        for (Sample s : corpus) {
            byte[] b = s.text().getBytes(StandardCharsets.UTF_8);
            List<Label> found = new ArrayList<>();
            int n = scanner.scan(b, 0, b.length, false);
            for (int m = 0; m < n; m++) {
                found.add(new Label(scanner.kind(m), new String(b, scanner.start(m), scanner.end(m) - scanner.start(m), StandardCharsets.UTF_8)));
            }
            for (Label l : found) {
                tally.get(l.kind())[s.labels().contains(l) ? 0 : 1]++;
            }
            for (Label l : s.labels()) {
                if (!found.contains(l)) {
                    tally.get(l.kind())[2]++;
                }
            }
        }
        StringBuilder table = new StringBuilder("| kind | true pos. | false pos. | false neg. | precision | recall |\n|---|---|---|---|---|---|\n");
        tally.forEach((k, t) -> table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.4f | %.4f |%n",
                k, t[0], t[1], t[2], precision(t), recall(t))));
        table.append("\nCorpus: ").append(corpus.size()).append(" samples (seed 20261123, 2000 per kind).\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/detection-quality.md"), table);
        System.out.println(table);

        tally.forEach((k, t) -> assertThat(recall(t)).as("recall of %s", k).isGreaterThanOrEqualTo(0.99));
        for (IdentifierKind k : List.of(IdentifierKind.RESIDENT_ID, IdentifierKind.BANK_CARD, IdentifierKind.EMAIL,
                IdentifierKind.PLATE, IdentifierKind.PASSPORT)) {
            assertThat(precision(tally.get(k))).as("precision of %s", k).isGreaterThanOrEqualTo(0.99);
        }
        // No check character: random 11-digit runs in an allocated segment are indistinguishable from numbers.
        assertThat(precision(tally.get(IdentifierKind.MOBILE))).as("precision of MOBILE").isGreaterThanOrEqualTo(0.95);
        // One check character out of 31: about 1 in 31 all-digit 18-character decoys with a plausible prefix passes.
        assertThat(precision(tally.get(IdentifierKind.CREDIT_CODE))).as("precision of CREDIT_CODE").isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void written_forms_keep_precision_and_recall_per_kind_and_form() throws IOException {
        List<Sample> corpus = WrittenFormCorpus.generate(20261208L, 1000);
        IdentifierScanner scanner = new IdentifierScanner(TODAY);
        Map<String, int[]> byForm = new TreeMap<>(); // "form | kind" -> tp, fp, fn
        Map<IdentifierKind, int[]> byKind = new EnumMap<>(IdentifierKind.class);
        for (Sample s : corpus) {
            byte[] b = s.text().getBytes(StandardCharsets.UTF_8);
            List<Label> found = new ArrayList<>();
            int n = scanner.scan(b, 0, b.length, false);
            for (int m = 0; m < n; m++) {
                found.add(new Label(scanner.kind(m), new String(b, scanner.start(m), scanner.end(m) - scanner.start(m), StandardCharsets.UTF_8)));
            }
            for (Label l : found) {
                int slot = s.labels().contains(l) ? 0 : 1;
                byForm.computeIfAbsent(s.group() + " | " + l.kind(), k -> new int[3])[slot]++;
                byKind.computeIfAbsent(l.kind(), k -> new int[3])[slot]++;
            }
            for (Label l : s.labels()) {
                if (!found.contains(l)) {
                    byForm.computeIfAbsent(s.group() + " | " + l.kind(), k -> new int[3])[2]++;
                    byKind.computeIfAbsent(l.kind(), k -> new int[3])[2]++;
                }
            }
            if (s.labels().isEmpty() && found.isEmpty()) {
                byForm.computeIfAbsent(s.group() + " | -", k -> new int[3]);
            }
        }
        StringBuilder table = new StringBuilder("| kind | true pos. | false pos. | false neg. | precision | recall |\n|---|---|---|---|---|---|\n");
        byKind.forEach((k, t) -> table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.4f | %.4f |%n",
                k, t[0], t[1], t[2], precision(t), recall(t))));
        table.append("\n| written form | kind | true pos. | false pos. | false neg. | precision | recall |\n|---|---|---|---|---|---|---|\n");
        byForm.forEach((k, t) -> table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.4f | %.4f |%n",
                k, t[0], t[1], t[2], precision(t), recall(t))));
        table.append("\nCorpus: ").append(corpus.size()).append(" samples (seed 20261208, 1000 per written form and per decoy shape).\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/detection-quality-written-forms.md"), table);
        System.out.println(table);

        // Rows of the kind a form was written as; an 18-digit card that also passes the 1-in-31 credit
        // code check is reported as a credit code (INFO only), in plain digits as in written forms.
        byForm.forEach((k, t) -> {
            if (t[0] + t[2] > 0) {
                assertThat(recall(t)).as("recall of %s", k).isGreaterThanOrEqualTo(0.99);
                assertThat(precision(t)).as("precision of %s", k).isGreaterThanOrEqualTo(0.99);
            }
        });
        byForm.forEach((k, t) -> {
            if (k.startsWith("decoy") && !k.endsWith("CREDIT_CODE")) {
                assertThat(t[1]).as("false positives among %s", k).isZero();
            }
        });
        for (IdentifierKind k : List.of(IdentifierKind.RESIDENT_ID, IdentifierKind.BANK_CARD, IdentifierKind.MOBILE)) {
            assertThat(precision(byKind.get(k))).as("precision of %s in written forms", k).isGreaterThanOrEqualTo(0.99);
            assertThat(recall(byKind.get(k))).as("recall of %s in written forms", k).isGreaterThanOrEqualTo(0.99);
        }
    }

    private static double precision(int[] t) {
        return t[0] + t[1] == 0 ? 1.0 : (double) t[0] / (t[0] + t[1]);
    }

    private static double recall(int[] t) {
        return t[0] + t[2] == 0 ? 1.0 : (double) t[0] / (t[0] + t[2]);
    }
}
