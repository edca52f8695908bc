package cn.sz.dataexchange.contracts.model;

import java.util.Arrays;
import java.util.Optional;

/** Who a party is in a trade; the code is what JSON, JWS headers and databases store. */
public enum PartyRole {
    SELLER("seller", "卖方", "Seller"),
    BUYER("buyer", "买方", "Buyer"),
    EXCHANGE("exchange", "数据交易场所", "Exchange");

    private final String code;
    private final String chinese;
    private final String english;

    PartyRole(String code, String chinese, String english) {
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

    public static Optional<PartyRole> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }
}
