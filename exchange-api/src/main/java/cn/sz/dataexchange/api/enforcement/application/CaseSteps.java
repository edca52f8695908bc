package cn.sz.dataexchange.api.enforcement.application;

/** Names of the scheduled tasks of cases. */
public final class CaseSteps {

    /** The deadline of an ordered correction: when it passes uncorrected, the correction counts as refused. */
    public static final String CORRECTION_DEADLINE = "case.correction-deadline";

    private CaseSteps() {
    }
}
