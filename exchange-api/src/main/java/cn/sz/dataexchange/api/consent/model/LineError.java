package cn.sz.dataexchange.api.consent.model;

/** Why one line of an import was not kept: its 1-based line number, the field at fault (or null) and what is wrong. */
public record LineError(long line, String field, String message) {
}
