package cn.sz.dataexchange.validator.publicdata;

/** The opening category of public data (Art. 48). */
public enum OpenCategory {
    UNCONDITIONALLY_OPEN,
    CONDITIONALLY_OPEN,
    NON_OPEN
}
