package cn.sz.dataexchange.validator;

/** The phases a validation goes through, in order. */
public enum ValidationPhase {
    READING_ASSET,
    CHECKING_REMAINING_CONSENTS,
    EVALUATING_RULES,
    DONE
}
