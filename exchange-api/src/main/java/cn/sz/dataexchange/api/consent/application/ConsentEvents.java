package cn.sz.dataexchange.api.consent.application;

import cn.sz.dataexchange.api.consent.model.ConsentWithdrawal;
import cn.sz.dataexchange.api.consent.model.ImportSummary;
import cn.sz.dataexchange.api.identity.model.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Port: the record of imports and withdrawals. */
public interface ConsentEvents {

    Mono<Void> imported(OrgId org, ImportSummary summary, Instant at, String actor);

    Mono<Void> withdrawn(ConsentWithdrawal withdrawal, ConsentRecords.Withdrawn effect, Instant recordedAt);

    Mono<Void> suspendedBecauseOf(UUID withdrawalId, List<UUID> listings);

    /** The 64-bit key prefixes of the seller's subjects that withdrew consent after {@code since}, sorted. */
    Mono<long[]> withdrawnSubjectPrefixes(OrgId seller, Instant since);
}
