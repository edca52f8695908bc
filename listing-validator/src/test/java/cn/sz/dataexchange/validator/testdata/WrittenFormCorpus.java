package cn.sz.dataexchange.validator.testdata;

import cn.sz.dataexchange.validator.identifiers.IdentifierKind;
import cn.sz.dataexchange.validator.testdata.LabelledCorpus.Label;
import cn.sz.dataexchange.validator.testdata.LabelledCorpus.Sample;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A labelled corpus of identifiers in the forms real exports write them (groups, prefixes,
 * full-width digits), each labelled with its written form, and of decoys in the same shapes
 * (time stamps, order numbers, amounts, dates, phone-like groups inside longer chains, unissued
 * segments, wrong check characters) labelled as nothing. A sample's group names its written form.
 */
public final class WrittenFormCorpus {

    private static final String[] BEFORE = {"客户联系方式：", "Contact ", "备注: 请核对 ", "see ", "（", "登记信息 ", ""};
    private static final String[] AFTER = {"，谢谢", " today.", "。", " (verified)", "）", "", " 已登记"};

    private WrittenFormCorpus() {
    }

    public static List<Sample> generate(long seed, int perForm) {
        IdentifierFactory f = new IdentifierFactory(seed);
        List<Sample> out = new ArrayList<>();
        valid(out, perForm, IdentifierKind.MOBILE, "mobile +86 3-4-4 spaces", f::mobile, m -> "+86 " + group(m, " ", 3, 4, 4), f);
        valid(out, perForm, IdentifierKind.MOBILE, "mobile +86-3-4-4 hyphens", f::mobile, m -> "+86-" + group(m, "-", 3, 4, 4), f);
        valid(out, perForm, IdentifierKind.MOBILE, "mobile 0086 unbroken", f::mobile, m -> "0086 " + m, f);
        valid(out, perForm, IdentifierKind.MOBILE, "mobile (+86) unbroken", f::mobile, m -> "(+86)" + m, f);
        valid(out, perForm, IdentifierKind.MOBILE, "mobile 3-4-4 hyphens", f::mobile, m -> group(m, "-", 3, 4, 4), f);
        valid(out, perForm, IdentifierKind.MOBILE, "mobile 3-4-4 spaces", f::mobile, m -> group(m, " ", 3, 4, 4), f);
        valid(out, perForm, IdentifierKind.MOBILE, "mobile 3-4-4 dots", f::mobile, m -> group(m, ".", 3, 4, 4), f);
        valid(out, perForm, IdentifierKind.MOBILE, "mobile full-width", f::mobile, WrittenFormCorpus::fullWidth, f);
        valid(out, perForm, IdentifierKind.BANK_CARD, "bank card groups of four, spaces", f::unionPayCard, c -> fours(c, " "), f);
        valid(out, perForm, IdentifierKind.BANK_CARD, "bank card groups of four, hyphens", f::unionPayCard, c -> fours(c, "-"), f);
        valid(out, perForm, IdentifierKind.BANK_CARD, "bank card full-width", f::unionPayCard, WrittenFormCorpus::fullWidth, f);
        valid(out, perForm, IdentifierKind.RESIDENT_ID, "resident id 6-8-4 spaces", f::residentId, id -> group(id, " ", 6, 8, 4), f);
        valid(out, perForm, IdentifierKind.RESIDENT_ID, "resident id 6-8-4 hyphens", f::residentId, id -> group(id, "-", 6, 8, 4), f);
        valid(out, perForm, IdentifierKind.RESIDENT_ID, "resident id full-width (Ｘ)", f::residentId, WrittenFormCorpus::fullWidth, f);
        decoys(out, perForm, "decoy: time stamp yyyyMMddHHmmss", () -> timestamp(f));
        decoys(out, perForm, "decoy: date and time", () -> timestamp(f).replaceFirst("(....)(..)(..)(..)(..)(..)", "$1-$2-$3 $4:$5:$6"));
        decoys(out, perForm, "decoy: order number in groups of four", () -> "订单 " + fours("20" + f.digits(14), "-"));
        decoys(out, perForm, "decoy: amount with digit-group spaces", () -> (1 + f.random().nextInt(9)) + " " + f.digits(3) + " "
                + f.digits(3) + "." + f.digits(2) + " 元");
        decoys(out, perForm, "decoy: phone-like groups inside a longer chain", () -> f.digits(1 + f.random().nextInt(4)) + " "
                + group(f.mobile(), " ", 3, 4, 4));
        decoys(out, perForm, "decoy: phone-like groups followed by more", () -> group(f.mobile(), "-", 3, 4, 4) + "-" + f.digits(2));
        decoys(out, perForm, "decoy: unissued segment, grouped", () -> "+86 " + group(f.mobileDecoy(), " ", 3, 4, 4));
        decoys(out, perForm, "decoy: unissued segment, full-width", () -> fullWidth(f.mobileDecoy()));
        decoys(out, perForm, "decoy: resident id groups, wrong check", () -> group(f.residentIdWithWrongCheck(), " ", 6, 8, 4));
        decoys(out, perForm, "decoy: resident id full-width, impossible date", () -> fullWidth(f.residentIdWithImpossibleDate()));
        decoys(out, perForm, "decoy: card groups, wrong Luhn", () -> fours(f.cardWithWrongLuhn(), " "));
        decoys(out, perForm, "decoy: random digit groups", () -> randomGroups(f));
        return out;
    }

    private static void valid(List<Sample> out, int n, IdentifierKind kind, String form, Supplier<String> make,
                              Function<String, String> write, IdentifierFactory f) {
        for (int i = 0; i < n; i++) {
            String written = write.apply(make.get());
            String text = i % 2 == 1 ? BEFORE[f.random().nextInt(BEFORE.length)] + written + AFTER[f.random().nextInt(AFTER.length)]
                    : written;
            out.add(new Sample(text, List.of(new Label(kind, written)), form));
        }
    }

    private static void decoys(List<Sample> out, int n, String group, Supplier<String> make) {
        for (int i = 0; i < n; i++) {
            out.add(new Sample(make.get(), List.of(), group));
        }
    }

    public static String group(String digits, String separator, int... sizes) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int size : sizes) {
            if (at > 0) {
                out.append(separator);
            }
            out.append(digits, at, at + size);
            at += size;
        }
        return out.toString();
    }

    public static String fours(String digits, String separator) {
        StringBuilder out = new StringBuilder();
        for (int at = 0; at < digits.length(); at += 4) {
            if (at > 0) {
                out.append(separator);
            }
            out.append(digits, at, Math.min(digits.length(), at + 4));
        }
        return out.toString();
    }

    /** Digits and X in their full-width forms (U+FF10-U+FF19, U+FF38). */
    public static String fullWidth(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (0xFF10 + c - '0') : c == 'X' ? '\uFF38' : c);
        }
        return out.toString();
    }

    private static String timestamp(IdentifierFactory f) {
        var r = f.random();
        return String.format("%04d%02d%02d%02d%02d%02d", 2000 + r.nextInt(27), 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(24), r.nextInt(60), r.nextInt(60));
    }

    private static String randomGroups(IdentifierFactory f) {
        int groups = 2 + f.random().nextInt(4);
        StringBuilder out = new StringBuilder();
        String separator = List.of(" ", "-", ".").get(f.random().nextInt(3));
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                out.append(separator);
            }
            out.append(f.digits(2 + f.random().nextInt(5)));
        }
        return out.toString();
    }
}
