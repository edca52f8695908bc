package cn.sz.dataexchange.validator.consent;

import java.util.Collection;
import java.util.List;

/**
 * Port: the consent ledger. The engine asks in batches (a few thousand keys at a time, see
 * {@code ValidatorConfig.consentBatchSize}); a PostgreSQL implementation answers each batch with one
 * {@code WHERE subject_key = ANY(?)} query.
 */
public interface ConsentLedger {

    /** Every consent record of any of the given subjects: zero or more per subject, in any order. */
    List<ConsentRecord> findBySubjectKeys(Collection<SubjectKey> keys);
}
