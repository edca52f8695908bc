package cn.sz.dataexchange.api.enforcement.model;

import cn.sz.dataexchange.settlement.penalty.LegalBasis;
import java.util.Arrays;
import java.util.Optional;

/** The article a case says was violated, and the penalty article that answers it. */
public enum ViolatedArticle {
    /** Trading prohibited data (Art. 67), penalised under Art. 94. */
    ART_67(67, LegalBasis.ARTICLE_94, "Article 67 Data products and services formed by the lawful data processing by"
            + " market entities may be traded in accordance with the law, except in one of the following situations:"
            + " 1. The data products and services to be traded contain personal data collected without obtaining proper"
            + " consent in accordance with the law; 2. The data products and services to be traded contain public data not"
            + " accessible to the public in accordance with the law; 3. Other circumstances where trading is prohibited by"
            + " laws and regulations."),
    /** Unfair acquisition or use of other entities' data (Art. 68), penalised under Art. 95. */
    ART_68(68, LegalBasis.ARTICLE_95, "Article 68 Market entities shall abide by the principle of fair competition, and"
            + " shall not conduct the following acts that infringe upon the legitimate rights and interests of other market"
            + " entities: 1. Obtain data of other market entities by illegal means; 2. Provide alternative products or"
            + " services using illegally collected data of other market entities; 3. Other acts prohibited by laws and"
            + " regulations."),
    /** Differential treatment of counterparties with the same trading conditions (Art. 69), under Art. 95. */
    ART_69(69, LegalBasis.ARTICLE_95, "Article 69 Market entities shall not use data analysis to accord differential"
            + " treatment to counterparties with the same trading conditions, except in one of the following circumstances:"
            + " 1. Market entities set different trading terms according to the actual needs of trading counterparties and"
            + " in compliance with the legitimate trading habits and industry practices; 2. Market entities carry out"
            + " promotions towards new users within a reasonable period; 3. Market entities carry on random trades based on"
            + " fair, reasonable and non-discriminatory rules; 4. Other circumstances stipulated by laws and regulations.");

    private final int number;
    private final LegalBasis penalty;
    private final String text;

    ViolatedArticle(int number, LegalBasis penalty, String text) {
        this.number = number;
        this.penalty = penalty;
        this.text = text;
    }

    /** The article's text in the English translation the project works from. */
    public String text() {
        return text;
    }

    public int number() {
        return number;
    }

    public LegalBasis penalty() {
        return penalty;
    }

    public static Optional<ViolatedArticle> ofNumber(int number) {
        return Arrays.stream(values()).filter(a -> a.number == number).findFirst();
    }
}
