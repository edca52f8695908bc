package cn.sz.dataexchange.validator.testdata;

import cn.sz.dataexchange.validator.identifiers.IdentifierKind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A generated corpus of field values, each labelled with the identifiers it truly holds:
 * valid identifiers alone and embedded in free text, decoys (wrong check characters, impossible
 * dates, unallocated segments, malformed shapes) and random digit runs labelled as nothing.
 */
public final class LabelledCorpus {

    /** One expected identifier. */
    public record Label(IdentifierKind kind, String value) {
    }

    /** One field value and what it holds. */
    public record Sample(String text, List<Label> labels, String group) {
    }

    private static final String[] BEFORE = {"客户联系方式：", "Contact ", "备注: 请核对 ", "ID=", "see ", "（", "登记信息 "};
    private static final String[] CARD_BEFORE = {"持卡人卡号 ", "card no. ", "银行卡："};
    private static final String[] AFTER = {"，谢谢", " today.", "。", " (verified)", "）", "", " 已登记"};

    private LabelledCorpus() {
    }

    public static List<Sample> generate(long seed, int perKind) {
        IdentifierFactory f = new IdentifierFactory(seed);
        List<Sample> out = new ArrayList<>();
        addValid(out, perKind, IdentifierKind.RESIDENT_ID, f::residentId, f);
        addValid(out, perKind / 4, IdentifierKind.RESIDENT_ID, f::legacyResidentId, f);
        addValid(out, perKind, IdentifierKind.MOBILE, f::mobile, f);
        addValid(out, perKind, IdentifierKind.BANK_CARD, f::unionPayCard, f);
        addValid(out, perKind, IdentifierKind.EMAIL, f::email, f);
        addValid(out, perKind, IdentifierKind.PASSPORT, f::passport, f);
        addValid(out, perKind, IdentifierKind.PLATE, f::plate, f);
        addValid(out, perKind, IdentifierKind.CREDIT_CODE, f::creditCode, f);
        addDecoys(out, perKind, "resident id, wrong check character", f::residentIdWithWrongCheck, f);
        addDecoys(out, perKind, "resident id, impossible date", f::residentIdWithImpossibleDate, f);
        addDecoys(out, perKind, "mobile, unallocated segment", f::mobileDecoy, f);
        addDecoys(out, perKind, "bank card, wrong Luhn digit", f::cardWithWrongLuhn, f);
        addDecoys(out, perKind, "e-mail, malformed", f::emailDecoy, f);
        addDecoys(out, perKind, "passport, wrong shape", f::passportDecoy, f);
        addDecoys(out, perKind, "plate, impossible letters or length", f::plateDecoy, f);
        addDecoys(out, perKind, "credit code, wrong check character", f::creditCodeWithWrongCheck, f);
        for (int i = 0; i < perKind * 4; i++) {
            out.add(new Sample(f.digits(5 + f.random().nextInt(18)), List.of(), "random digit run"));
        }
        return out;
    }

    private static void addValid(List<Sample> out, int n, IdentifierKind kind, Supplier<String> make, IdentifierFactory f) {
        for (int i = 0; i < n; i++) {
            String value = make.get();
            boolean embed = i % 2 == 1;
            String text = embed ? wrap(value, f, kind == IdentifierKind.BANK_CARD ? CARD_BEFORE : BEFORE) : value;
            out.add(new Sample(text, List.of(new Label(kind, value)), embed ? "embedded in text" : "alone"));
        }
    }

    private static void addDecoys(List<Sample> out, int n, String group, Supplier<String> make, IdentifierFactory f) {
        for (int i = 0; i < n; i++) {
            String value = make.get();
            out.add(new Sample(i % 2 == 1 ? wrap(value, f, BEFORE) : value, List.of(), "decoy: " + group));
        }
    }

    private static String wrap(String value, IdentifierFactory f, String[] before) {
        return before[f.random().nextInt(before.length)] + value + AFTER[f.random().nextInt(AFTER.length)];
    }
}
