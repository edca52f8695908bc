package cn.sz.dataexchange.validator.identifiers;

/** Bank card numbers: Luhn-valid, and either in the UnionPay 62 range or named as a card by their context. */
final class BankCard {

    private BankCard() {
    }

    static boolean isCard(byte[] b, int from, int s, int e, boolean cardContext) {
        boolean unionPay = b[s] == '6' && b[s + 1] == '2';
        return (unionPay || cardContext || CardContext.wordBefore(b, from, s)) && LuhnCheck.isValid(b, s, e);
    }
}
