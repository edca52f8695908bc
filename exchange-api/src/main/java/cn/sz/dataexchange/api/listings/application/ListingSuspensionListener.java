package cn.sz.dataexchange.api.listings.application;

import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Told when a listing is suspended (by an administrator, or automatically after a consent
 * withdrawal breaks its coverage, Art. 22). Called inside the suspension's transaction, so what a
 * listener records commits with the suspension; side effects outside the database (refunds) are
 * for the listener's own retried steps, not for this call.
 */
public interface ListingSuspensionListener {

    Mono<Void> listingSuspended(UUID listingId, String reason, Instant at);

    /** Told when a listing is delisted for good, inside the same transaction. Nothing to do by default. */
    default Mono<Void> listingDelisted(UUID listingId, String reason, Instant at) {
        return Mono.empty();
    }
}
