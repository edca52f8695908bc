package cn.sz.dataexchange.validator.bench;

import cn.sz.dataexchange.validator.testdata.IdentifierFactory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the benchmark files. Usage:
 * {@code java -cp target/classes:target/test-classes cn.sz.dataexchange.validator.bench.BenchDataGenerator DIR [scanRows] [kanonRows]}
 * <ul>
 *   <li>{@code scan.csv}: customer records with resident IDs (some decoys), mobiles, e-mails, UnionPay cards,
 *       free-text notes with embedded identifiers, amounts and timestamps (2M rows, about 290 MB by default)</li>
 *   <li>{@code kanon.csv}: rows with four quasi-identifiers (age band, gender, district, occupation) and a
 *       sensitive value (10M rows by default)</li>
 *   <li>{@code kanon-manifest.json}: an anonymization claim over those four columns</li>
 * </ul>
 * With {@code DIR written ROWS} it writes only {@code scan-written.csv}: the same records, with every
 * resident ID, mobile and card number of about one row in three in a written form (digit groups with
 * spaces, hyphens or dots, +86/0086/(+86) prefixes, full-width digits) for the written-form benchmark.
 */
public final class BenchDataGenerator {

    private static final String[] SURNAMES = {"Zhang", "Wang", "Li", "Zhao", "Chen", "Liu", "Yang", "Huang", "Zhou", "Wu"};
    private static final String[] DISTRICTS = {"福田区", "罗湖区", "南山区", "盐田区", "宝安区", "龙岗区", "龙华区", "坪山区", "光明区", "大鹏新区"};
    private static final String[] NOTES = {"客户要求下月回访", "已核实收入证明", "VIP customer since 2019", "请勿在工作时间致电",
            "地址变更待确认", "no remarks", "账单邮寄至公司", "首次贷款申请"};

    private BenchDataGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-data");
        if (args.length > 2 && args[1].equals("written")) {
            Files.createDirectories(dir);
            Path file = dir.resolve("scan-written.csv");
            writeScanCsv(file, Long.parseLong(args[2]), true);
            System.out.printf(Locale.ROOT, "wrote %s (%d MB)%n", file, Files.size(file) >> 20);
            return;
        }
        long scanRows = args.length > 1 ? Long.parseLong(args[1]) : 2_000_000;
        long kanonRows = args.length > 2 ? Long.parseLong(args[2]) : 10_000_000;
        Files.createDirectories(dir);
        writeScanCsv(dir.resolve("scan.csv"), scanRows, false);
        writeKanonCsv(dir.resolve("kanon.csv"), kanonRows);
        Files.writeString(dir.resolve("kanon-manifest.json"), """
                {"listingId":"BENCH-KANON","personalDataPresent":false,"anonymizedClaim":true,
                 "quasiIdentifiers":["age_band","gender","district","occupation"],"sensitiveColumn":"income_band",
                 "purposes":["STATISTICS"],"sources":[{"kind":"OWN_COLLECTION"}]}
                """);
        System.out.printf(Locale.ROOT, "wrote %s (%d MB) and %s (%d MB)%n", dir.resolve("scan.csv"),
                Files.size(dir.resolve("scan.csv")) >> 20, dir.resolve("kanon.csv"), Files.size(dir.resolve("kanon.csv")) >> 20);
    }

    static void writeScanCsv(Path file, long rows, boolean writtenForms) throws IOException {
        IdentifierFactory f = new IdentifierFactory(42);
        SplittableRandom r = f.random();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            write(out, "customer_id,name,id_no,mobile,email,card_no,district,note,amount,created_at\n");
            StringBuilder s = new StringBuilder(256);
            for (long i = 1; i <= rows; i++) {
                s.setLength(0);
                s.append(i).append(',').append(SURNAMES[r.nextInt(SURNAMES.length)]).append(' ').append(f.letters(1 + r.nextInt(6)).toLowerCase(Locale.ROOT)).append(',');
                boolean written = writtenForms && r.nextInt(3) == 0;
                String id = r.nextInt(20) == 0 ? f.residentIdWithWrongCheck() : f.residentId();
                s.append(written ? WrittenForms.residentId(id, r) : id).append(',');
                String mobile = f.mobile();
                s.append(written ? WrittenForms.mobile(mobile, r) : mobile).append(',').append(f.email()).append(',');
                String card = r.nextInt(3) == 0 ? f.unionPayCard() : "";
                s.append(written && !card.isEmpty() ? WrittenForms.card(card, r) : card).append(',');
                s.append(DISTRICTS[r.nextInt(DISTRICTS.length)]).append(',');
                int note = r.nextInt(10);
                if (note == 0) {
                    s.append("\"备用电话 ").append(f.mobile()).append("，").append(NOTES[r.nextInt(NOTES.length)]).append('"');
                } else if (note == 1) {
                    s.append("\"ref ").append(f.digits(12)).append(", \"\"order\"\" ").append(f.digits(16)).append('"');
                } else {
                    s.append(NOTES[r.nextInt(NOTES.length)]);
                }
                s.append(',').append(r.nextInt(100_000)).append('.').append(r.nextInt(10)).append(r.nextInt(10));
                s.append(",2026-").append(String.format("%02d-%02dT%02d:%02d:%02d", 1 + r.nextInt(12), 1 + r.nextInt(28),
                        r.nextInt(24), r.nextInt(60), r.nextInt(60))).append('\n');
                write(out, s);
            }
        }
    }

    static void writeKanonCsv(Path file, long rows) throws IOException {
        SplittableRandom r = new SplittableRandom(7);
        String[] occupations = new String[30];
        for (int i = 0; i < occupations.length; i++) {
            occupations[i] = "occ-" + (char) ('a' + i % 26) + i;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            write(out, "age_band,gender,district,occupation,income_band\n");
            StringBuilder s = new StringBuilder(96);
            for (long i = 0; i < rows; i++) {
                int age = 18 + r.nextInt(70) / 5 * 5;
                s.setLength(0);
                s.append(age).append('-').append(age + 4).append(',').append(r.nextBoolean() ? 'M' : 'F').append(',')
                        .append(DISTRICTS[r.nextInt(DISTRICTS.length)]).append(',')
                        .append(occupations[(int) Math.min(29, Math.abs(r.nextGaussian()) * 8)]).append(',')
                        .append("band-").append(r.nextInt(8)).append('\n');
                write(out, s);
            }
        }
    }

    private static void write(OutputStream out, CharSequence s) throws IOException {
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    }
}
