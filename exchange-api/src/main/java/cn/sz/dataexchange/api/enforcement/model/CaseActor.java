package cn.sz.dataexchange.api.enforcement.model;

/**
 * Who acts on a case: the platform's administrators (open, investigate, refer, dismiss before
 * referral, carry out decisions), the authority (REGULATOR: corrections and decisions), the
 * respondent organisation (statements), the system (deadlines).
 */
public enum CaseActor {
    ADMIN, REGULATOR, RESPONDENT, SYSTEM
}
