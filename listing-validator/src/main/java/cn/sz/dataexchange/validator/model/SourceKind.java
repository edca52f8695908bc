package cn.sz.dataexchange.validator.model;

/** Where a data product's data came from. */
public enum SourceKind {
    OWN_COLLECTION,
    PRIOR_CONTRACT,
    PUBLIC_DATA
}
