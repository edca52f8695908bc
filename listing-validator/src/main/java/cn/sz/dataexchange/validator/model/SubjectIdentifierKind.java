package cn.sz.dataexchange.validator.model;

/** The kind of raw identifier in a subject column; it decides how a value is normalised before keying. */
public enum SubjectIdentifierKind {
    RESIDENT_ID,
    MOBILE,
    EMAIL,
    PASSPORT,
    OTHER
}
