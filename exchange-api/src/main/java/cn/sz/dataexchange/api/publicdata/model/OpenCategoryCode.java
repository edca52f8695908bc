package cn.sz.dataexchange.api.publicdata.model;

import cn.sz.dataexchange.validator.publicdata.OpenCategory;
import java.util.Arrays;

/** The open category of a catalog entry (Art. 48) as the API names it, with a stable persisted code. */
public enum OpenCategoryCode {
    UNCONDITIONAL(10, OpenCategory.UNCONDITIONALLY_OPEN),
    CONDITIONAL(20, OpenCategory.CONDITIONALLY_OPEN),
    NON_OPEN(30, OpenCategory.NON_OPEN);

    private final int code;
    private final OpenCategory category;

    OpenCategoryCode(int code, OpenCategory category) {
        this.code = code;
        this.category = category;
    }

    public int code() {
        return code;
    }

    public OpenCategory category() {
        return category;
    }

    public static OpenCategoryCode ofCode(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown open category code " + code));
    }
}
