package cn.sz.dataexchange.settlement.penalty;

/**
 * The penalty articles of the Regulations of Shenzhen Special Economic Zone on Data, with their text
 * (the English translation the project works from). Persist {@link #code()} (the article number).
 */
public enum LegalBasis {

    ARTICLE_94(94, "Article 94 For those who trade data in violation of Article 67 of these Regulations, the municipal"
            + " market supervision and administration department or relevant competent industrial departments shall,"
            + " according to their duties, order corrections and confiscate the illegal income. A fine of RMB50,000"
            + " shall be imposed for income of less than RMB10,000; a fine of not less than RMB200,000 but not more than"
            + " RMB1 million shall be imposed for income of more than RMB10,000; other administrative penalties"
            + " stipulated by laws and administrative regulations may also be imposed in accordance with the law. Where"
            + " laws and administrative regulations provide otherwise, such provisions shall prevail."),

    ARTICLE_95(95, "Article 95 For those who violate the provisions of Articles 68 and 69 of these Regulations and"
            + " infringe upon the lawful rights and interests of other market entities and consumers, the municipal"
            + " market supervision and administration department or relevant competent industrial authorities shall,"
            + " according to their duties, order corrections and confiscate the illegal income. Those who refuse to make"
            + " corrections shall be fined not less than RMB50,000 but not more than RMB500,000; if the circumstances"
            + " are serious, they shall be fined not more than 5% of the previous year's turnover, but not more than"
            + " RMB50 million; other administrative penalties prescribed by laws and administrative regulations may also"
            + " be imposed. Where laws and administrative regulations provide otherwise, such provisions shall prevail.");

    private final int code;
    private final String text;

    LegalBasis(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    public String text() {
        return text;
    }
}
