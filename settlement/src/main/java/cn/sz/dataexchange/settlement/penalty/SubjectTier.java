package cn.sz.dataexchange.settlement.penalty;

/** A step of the discretion policy: at least {@code affectedSubjects} affected moves the fine by {@code positionBps}. */
public record SubjectTier(long affectedSubjects, int positionBps) {
}
