package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.listings.model.RunPhase;
import cn.sz.dataexchange.api.listings.model.ValidationFindings;
import cn.sz.dataexchange.api.listings.model.ValidationRun;
import cn.sz.dataexchange.validator.model.Verdict;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Port: the queue of validation runs, shared by every instance on the database. Claims are
 * leases ({@code FOR UPDATE SKIP LOCKED}); every write by a worker is conditional on still holding
 * the lease, so a run taken over by another instance is never written by two.
 */
public interface ValidationRuns {

    /** Queues a run; fails with a conflict when the version already has one queued or running. */
    Mono<ValidationRun> enqueue(ValidationRun run);

    /** Leases the oldest claimable run (queued, or running with an expired lease) and counts the attempt. */
    Mono<ValidationRun> claimNext(String owner, Instant now, Instant leaseUntil);

    Mono<Boolean> progress(UUID runId, String owner, RunPhase phase, long bytesRead, long rowsRead, Instant now,
                           Instant leaseUntil);

    Mono<Boolean> renew(UUID runId, String owner, Instant leaseUntil);

    /**
     * Stores the report, the counts the reviewer sorts and filters by, and the subjects' sorted 64-bit
     * key prefixes for the subject index.
     */
    Mono<Boolean> succeed(UUID runId, String owner, Verdict verdict, String report, ValidationFindings findings,
                          long bytesRead, long rowsRead, byte[] subjectPrefixes, Instant now);

    /** The subject key prefixes kept by the version's latest successful run (empty when it had no subjects). */
    Mono<byte[]> subjectPrefixes(UUID listingId, int version);

    Mono<Boolean> fail(UUID runId, String owner, Verdict verdict, String error, Instant now);

    /** Gives the run back to the queue after a failure that may pass (the database, a timeout). */
    Mono<Boolean> release(UUID runId, String owner, String error, Instant now);

    Mono<ValidationRun> find(UUID runId);

    /** The listing's most recent run, of any version. */
    Mono<ValidationRun> latest(UUID listingId);

    /** The version's most recent successful run: the report decisions are based on. */
    Mono<ValidationRun> latestSucceeded(UUID listingId, int version);
}
