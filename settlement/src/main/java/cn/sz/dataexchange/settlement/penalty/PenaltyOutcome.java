package cn.sz.dataexchange.settlement.penalty;

/** The result of assessing a case: an assessment, or the facts still missing to make one. */
public sealed interface PenaltyOutcome {

    record Assessed(PenaltyAssessment assessment) implements PenaltyOutcome {
    }

    /** A fact the article needs is missing, e.g. the previous year's turnover in a serious case. */
    record FactsMissing(String missing) implements PenaltyOutcome {
    }
}
