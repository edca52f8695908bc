package cn.sz.dataexchange.validator.model;

/** How the subject column holds its values. */
public enum SubjectKeyForm {
    /** Raw identifiers (e.g. resident ID numbers); the engine keys them with the seller's secret. */
    RAW_IDENTIFIER,
    /** Subject keys already derived by the seller, 64 hex characters each. */
    PRECOMPUTED_KEY
}
