package cn.sz.dataexchange.api.consent.application;

import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.validator.consent.ConsentLedger;
import cn.sz.dataexchange.validator.consent.SubjectKey;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import reactor.core.publisher.Flux;

/**
 * The consent ledger as the validator's {@link ConsentLedger} port: one seller's records, looked
 * up batch by batch (one {@code subject_key = ANY(...)} query per batch of a few thousand keys).
 */
public final class LedgerForValidation {

    private static final Duration LOOKUP_TIMEOUT = Duration.ofMinutes(2);
    /** A batch is looked up as this many concurrent queries, so the database works while rows of the last part decode. */
    private static final int PARTS = 4;

    private final ConsentRecords records;

    public LedgerForValidation(ConsentRecords records) {
        this.records = records;
    }

    /**
     * The seller's ledger. {@code subjectsSeen} hears every batch of subject keys the validator
     * asks about (the listing's distinct subjects), before the lookup.
     */
    public ConsentLedger of(OrgId seller, Consumer<Collection<SubjectKey>> subjectsSeen) {
        return keys -> {
            subjectsSeen.accept(keys);
            // Blocks: the validator is synchronous and calls this on the dedicated validation
            // scheduler's threads, never on an event-loop thread.
            List<SubjectKey> all = List.copyOf(keys);
            int part = Math.max(256, (all.size() + PARTS - 1) / PARTS);
            return Flux.range(0, (all.size() + part - 1) / part)
                    .flatMap(i -> records.find(seller, all.subList(i * part, Math.min(all.size(), (i + 1) * part))), PARTS)
                    .flatMapIterable(found -> found)
                    .collectList()
                    .blockOptional(LOOKUP_TIMEOUT).orElse(List.of());
        };
    }
}
