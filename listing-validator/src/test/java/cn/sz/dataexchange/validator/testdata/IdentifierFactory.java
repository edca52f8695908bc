package cn.sz.dataexchange.validator.testdata;

import cn.sz.dataexchange.validator.identifiers.CreditCode;
import cn.sz.dataexchange.validator.identifiers.LuhnCheck;
import cn.sz.dataexchange.validator.identifiers.ResidentIdNumber;

import java.util.SplittableRandom;

/** Makes valid identifiers and look-alike decoys from a seeded random source. */
public final class IdentifierFactory {

    private static final int[] PROVINCES = {11, 12, 13, 31, 32, 33, 35, 37, 41, 42, 44, 45, 50, 51, 61};
    private static final String PLATE_PROVINCES = "京沪粤苏浙川鄂湘闽鲁";
    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final SplittableRandom rnd;

    public IdentifierFactory(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    public SplittableRandom random() {
        return rnd;
    }

    public String residentId(int birthYearFrom, int birthYearTo) {
        String first17 = region() + birthDate(birthYearFrom, birthYearTo) + digits(3);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public String residentId() {
        return residentId(1950, 2005);
    }

    /** 18 characters with a valid date and region but a wrong check character. */
    public String residentIdWithWrongCheck() {
        String valid = residentId();
        char wrong;
        do {
            wrong = "0123456789X".charAt(rnd.nextInt(11));
        } while (wrong == valid.charAt(17));
        return valid.substring(0, 17) + wrong;
    }

    /** 18 characters whose check character is right but whose date cannot exist (e.g. 19870230). */
    public String residentIdWithImpossibleDate() {
        String[] impossible = {"0230", "0231", "1301", "0001", "0432", "1131", "0229"};
        int year = 1981 + rnd.nextInt(3) * 4 + 1; // never a leap year, so 0229 is impossible too
        String first17 = region() + year + impossible[rnd.nextInt(impossible.length)] + digits(3);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public String legacyResidentId() {
        return region() + birthDate(1930, 1979).substring(2) + digits(3);
    }

    public String mobile() {
        String[] segments = {"130", "135", "138", "139", "150", "158", "166", "177", "186", "189", "199"};
        return segments[rnd.nextInt(segments.length)] + digits(8);
    }

    /** 11 digits starting 1 but in an unallocated segment (10x, 11x, 12x, 140, 154). */
    public String mobileDecoy() {
        String[] segments = {"100", "110", "120", "128", "140", "154", "160"};
        return segments[rnd.nextInt(segments.length)] + digits(8);
    }

    public String unionPayCard() {
        int length = 16 + rnd.nextInt(4);
        String payload = "62" + digits(length - 3);
        return payload + LuhnCheck.checkDigit(payload);
    }

    public String cardWithWrongLuhn() {
        String valid = unionPayCard();
        int last = valid.charAt(valid.length() - 1) - '0';
        return valid.substring(0, valid.length() - 1) + (char) ('0' + (last + 1 + rnd.nextInt(9)) % 10);
    }

    public String email() {
        String[] domains = {"qq.com", "163.com", "example.cn", "mail.sz.gov.cn", "corp.example.com"};
        return letters(1 + rnd.nextInt(8)).toLowerCase() + (rnd.nextBoolean() ? "." + letters(3).toLowerCase() : "")
                + digits(rnd.nextInt(3)) + "@" + domains[rnd.nextInt(domains.length)];
    }

    public String emailDecoy() {
        String[] decoys = {"user@localhost", "@qq.com", "name@domain", "a@b.c1", "x@-bad.com"};
        return decoys[rnd.nextInt(decoys.length)];
    }

    public String passport() {
        return rnd.nextBoolean() ? "E" + digits(8) : "E" + PLATE_LETTERS.replace("I", "").charAt(rnd.nextInt(23)) + digits(7);
    }

    public String passportDecoy() {
        return rnd.nextBoolean() ? "X" + digits(8) : "E" + digits(7);
    }

    public String plate() {
        char province = PLATE_PROVINCES.charAt(rnd.nextInt(PLATE_PROVINCES.length()));
        char authority = PLATE_LETTERS.charAt(rnd.nextInt(PLATE_LETTERS.length()));
        String serial = rnd.nextInt(4) == 0 ? (rnd.nextBoolean() ? "D" : "F") + digits(5) : digits(4) + PLATE_LETTERS.charAt(rnd.nextInt(10));
        return "" + province + authority + serial;
    }

    public String plateDecoy() {
        char province = PLATE_PROVINCES.charAt(rnd.nextInt(PLATE_PROVINCES.length()));
        return rnd.nextBoolean() ? "" + province + "I" + digits(5) : "" + province + "A" + digits(3);
    }

    public String creditCode() {
        String first17 = "91" + PROVINCES[rnd.nextInt(PROVINCES.length)] + digits(4) + alnum(9);
        return first17 + CreditCode.checkCharacter(first17);
    }

    public String creditCodeWithWrongCheck() {
        String valid = creditCode();
        char wrong;
        do {
            wrong = CreditCode.ALPHABET.charAt(rnd.nextInt(31));
        } while (wrong == valid.charAt(17));
        return valid.substring(0, 17) + wrong;
    }

    public String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + rnd.nextInt(10)));
        }
        return s.toString();
    }

    public String letters(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('A' + rnd.nextInt(26)));
        }
        return s.toString();
    }

    private String alnum(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(CreditCode.ALPHABET.charAt(rnd.nextInt(31)));
        }
        return s.toString();
    }

    private String region() {
        return PROVINCES[rnd.nextInt(PROVINCES.length)] + String.format("%02d%02d", 1 + rnd.nextInt(20), 1 + rnd.nextInt(30));
    }

    private String birthDate(int fromYear, int toYear) {
        int year = fromYear + rnd.nextInt(toYear - fromYear + 1);
        int month = 1 + rnd.nextInt(12);
        int day = 1 + rnd.nextInt(28);
        return String.format("%04d%02d%02d", year, month, day);
    }
}
