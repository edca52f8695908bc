package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.api.identity.model.OrgId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Port: which subjects each validated version holds, by the first 64 bits of their subject keys
 * (uniformly random HMAC bits, ADR 0054), so that a withdrawal finds the listed products it
 * touches with one indexed lookup instead of re-reading every asset.
 */
public interface SubjectIndex {

    /** Forgets what was recorded for a version (when it leaves the shelf for good). */
    Mono<Void> clear(long versionRef);

    /** Makes the version's recorded subjects exactly {@code keyPrefixes}. */
    Mono<Void> replace(long versionRef, long[] keyPrefixes);

    /** Of the seller's LISTED versions, those holding any of the given subjects, with the subjects they hold. */
    Mono<List<Hit>> listedHolding(OrgId seller, Collection<Long> keyPrefixes);

    /** A listed version holding a subject. */
    record Hit(UUID listingId, int version, long keyPrefix) {
    }
}
