package cn.sz.dataexchange.validator.model;

/** How much a finding weighs: any BLOCKING finding rejects the listing. */
public enum Severity {
    BLOCKING,
    WARNING,
    INFO
}
