package cn.sz.dataexchange.contracts.model;

import java.util.Arrays;
import java.util.Optional;

/** How a dispute that negotiation does not settle is decided. */
public enum DisputeMethod {
    ARBITRATION("arbitration", "提交仲裁", "submitted to arbitration"),
    LITIGATION("litigation", "向人民法院提起诉讼", "brought before the people's court");

    private final String code;
    private final String chinese;
    private final String english;

    DisputeMethod(String code, String chinese, String english) {
        this.code = code;
        this.chinese = chinese;
        this.english = english;
    }

    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    public static Optional<DisputeMethod> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
