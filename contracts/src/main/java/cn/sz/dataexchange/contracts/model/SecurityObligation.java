package cn.sz.dataexchange.contracts.model;

import java.util.Arrays;
import java.util.Optional;

/** Standard security obligations a buyer takes on, each tied to the article of the Regulations it serves. */
public enum SecurityObligation {
    ACCESS_CONTROL("access-control", 77,
            "仅限经授权人员访问数据，并按数据安全级别采取相应保护措施。",
            "Restrict access to authorised personnel and protect the data according to its security level."),
    ENCRYPTED_STORAGE("encrypted-storage", 77,
            "对敏感个人数据和重要数据加密存储。",
            "Store sensitive personal data and important data encrypted."),
    PROCESSING_RECORD("processing-record", 75,
            "完整记录数据处理全过程，确保可追溯。",
            "Record the entire processing of the data so that it is traceable."),
    NO_REIDENTIFICATION("no-reidentification", 76,
            "不得对去标识化或匿名化数据进行重新识别。",
            "Do not re-identify de-identified or anonymised data."),
    INCIDENT_NOTIFICATION("incident-notification", 86,
            "发生数据泄露、损毁、丢失或篡改时，立即采取补救措施并通知卖方和数据交易场所。",
            "On leakage, damage, loss or tampering, take remedial measures at once and notify the seller and the exchange.");

    private final String code;
    private final int article;
    private final String chinese;
    private final String english;

    SecurityObligation(String code, int article, String chinese, String english) {
        this.code = code;
        this.article = article;
        this.chinese = chinese;
        this.english = english;
    }

    public String code() {
        return code;
    }

    public int article() {
        return article;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    public static Optional<SecurityObligation> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
