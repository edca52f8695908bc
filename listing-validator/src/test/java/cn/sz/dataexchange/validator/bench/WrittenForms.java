package cn.sz.dataexchange.validator.bench;

import cn.sz.dataexchange.validator.testdata.WrittenFormCorpus;

import java.util.SplittableRandom;

/** Writes identifiers of the benchmark data in the forms real exports use. */
final class WrittenForms {

    private static final String[] SEPARATORS = {" ", "-", "."};

    private WrittenForms() {
    }

    static String mobile(String m, SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> "\"+86 " + WrittenFormCorpus.group(m, " ", 3, 4, 4) + "\"";
            case 1 -> "+86-" + WrittenFormCorpus.group(m, "-", 3, 4, 4);
            case 2 -> "0086 " + m;
            case 3 -> "(+86)" + m;
            case 4 -> WrittenFormCorpus.group(m, SEPARATORS[r.nextInt(3)], 3, 4, 4);
            default -> WrittenFormCorpus.fullWidth(m);
        };
    }

    static String residentId(String id, SplittableRandom r) {
        return r.nextInt(3) == 0 ? WrittenFormCorpus.fullWidth(id) : WrittenFormCorpus.group(id, SEPARATORS[r.nextInt(2)], 6, 8, 4);
    }

    static String card(String card, SplittableRandom r) {
        return r.nextInt(4) == 0 ? WrittenFormCorpus.fullWidth(card) : WrittenFormCorpus.fours(card, SEPARATORS[r.nextInt(2)]);
    }
}
