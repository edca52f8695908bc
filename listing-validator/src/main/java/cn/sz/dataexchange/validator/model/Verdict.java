package cn.sz.dataexchange.validator.model;

/** The engine's answer. */
public enum Verdict {
    PASS,
    REJECT
}
