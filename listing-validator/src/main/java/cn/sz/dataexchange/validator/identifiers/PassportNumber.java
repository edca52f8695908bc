package cn.sz.dataexchange.validator.identifiers;

/** Chinese ordinary passports: E or G and eight digits, or E, a letter (not I or O) and seven digits. No check character exists. */
final class PassportNumber {

    private PassportNumber() {
    }

    /** Nine characters at {@code s}. */
    static boolean isValid(byte[] b, int s) {
        byte first = b[s];
        if (first != 'E' && first != 'G') {
            return false;
        }
        int digitsFrom = first == 'E' && VehiclePlate.isAuthorityLetter(b[s + 1]) ? s + 2 : s + 1;
        for (int i = digitsFrom; i < s + 9; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }
}
