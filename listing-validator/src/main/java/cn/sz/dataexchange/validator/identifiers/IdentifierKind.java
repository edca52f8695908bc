package cn.sz.dataexchange.validator.identifiers;

import cn.sz.dataexchange.validator.vocabulary.DataCategory;

/** The identifiers the scanner recognises, the personal data category each reveals, and how it is masked. */
public enum IdentifierKind {
    RESIDENT_ID(DataCategory.IDENTITY_DOCUMENT, 2, 2),
    MOBILE(DataCategory.CONTACT, 3, 2),
    BANK_CARD(DataCategory.FINANCIAL_ACCOUNT, 0, 4),
    EMAIL(DataCategory.CONTACT, 1, 0),
    PASSPORT(DataCategory.IDENTITY_DOCUMENT, 1, 2),
    PLATE(DataCategory.VEHICLE, 2, 1),
    /** A unified social credit code identifies an organisation, not a person (GB 32100). */
    CREDIT_CODE(null, 8, 2);

    private final DataCategory category;
    private final int keepFirst;
    private final int keepLast;

    IdentifierKind(DataCategory category, int keepFirst, int keepLast) {
        this.category = category;
        this.keepFirst = keepFirst;
        this.keepLast = keepLast;
    }

    /** Whether it identifies a natural person (a direct identifier in the sense of Art. 26). */
    public boolean personal() {
        return category != null;
    }

    /** The personal data category it reveals, or null for organisation identifiers. */
    public DataCategory category() {
        return category;
    }

    int keepFirst() {
        return keepFirst;
    }

    int keepLast() {
        return keepLast;
    }
}
