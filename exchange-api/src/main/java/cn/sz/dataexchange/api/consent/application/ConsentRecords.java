package cn.sz.dataexchange.api.consent.application;

import cn.sz.dataexchange.api.consent.model.StoredConsent;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.validator.consent.ConsentRecord;
import cn.sz.dataexchange.validator.consent.SubjectKey;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Port: an organisation's consent records. */
public interface ConsentRecords {

    /** Streams records into the ledger (PostgreSQL COPY); returns how many were stored. Joins the caller's transaction. */
    Mono<Long> copyIn(OrgId org, UUID importId, Flux<List<NumberedConsent>> batches);

    /**
     * Every record of the given subjects, in any order, with what judging consent needs (notice
     * version and evidence are left out: they are large and the judgement does not use them).
     */
    Mono<List<ConsentRecord>> find(OrgId org, Collection<SubjectKey> keys);

    /**
     * Records the withdrawal of {@code purposeBits} (0 for all purposes) by the given subjects at
     * {@code at}: records wholly covered are marked withdrawn; a record withdrawn for some of its
     * purposes is marked withdrawn and continued by a new record for the rest. Nothing is deleted.
     */
    Mono<Withdrawn> withdraw(OrgId org, Collection<SubjectKey> keys, long purposeBits, Instant at, UUID withdrawalId);

    /**
     * Refreshes the planner's statistics of the ledger, so that lookups right after a large import
     * use the subject-key index instead of scanning (a fresh bulk load has no statistics yet).
     */
    Mono<Void> refreshStatistics();

    /** A consent and the line it came from. */
    record NumberedConsent(long line, StoredConsent consent) {
    }

    /** How many records a withdrawal ended, and how many continue for purposes not withdrawn. */
    record Withdrawn(long recordsWithdrawn, long recordsContinued) {
    }
}
